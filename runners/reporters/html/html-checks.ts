// Every check of the run in one table, with filters: by status, by area, and by words of the rule
// id or title. The rows carry status and area in data attributes; the script hides rows.
import { REPORT_STATUSES } from "../report-schema.ts";
import type { Report, ReportCheck } from "../report-schema.ts";
import { formatDuration } from "./html-header.ts";
import { anchorId, html } from "./html.ts";
import type { SafeHtml } from "./html.ts";

/** The filter bar and the table of checks. */
export function renderChecks(report: Report): SafeHtml {
  const count = (status: ReportCheck["status"]) => report.checks.filter((check) => check.status === status).length;
  return html`<section id="checks"><h2>All checks <span class="count">${report.checks.length}</span></h2>
<form class="filters" role="search" aria-label="Filter the checks">
<fieldset><legend class="sr-only">Status</legend>
${REPORT_STATUSES.map((status) => html`<label class="chip ${status}"><input type="checkbox" name="status" value="${status}" checked> ${status} (${count(status)})</label>`)}
</fieldset>
<label>Area <select name="area"><option value="">every area</option>${report.areas.map((area) => html`<option value="${area.area}">${area.area}</option>`)}</select></label>
<label class="search">Find <input type="search" name="text" placeholder="rule id or words of the title"></label>
<output name="shown" aria-live="polite">${report.checks.length} shown</output>
</form>
<div class="table-wrap"><table class="checks">
<thead><tr><th scope="col">Status</th><th scope="col">Rule</th><th scope="col">Promise</th><th scope="col">Area</th><th scope="col" class="num">Time</th></tr></thead>
<tbody>${report.checks.map(renderRow)}</tbody>
</table></div>
<p class="muted empty-note" hidden>No check matches the filters.</p>
</section>`;
}

function renderRow(check: ReportCheck): SafeHtml {
  const note = check.status === "failed" ? html`<a class="note" href="#${anchorId("failure", check.ruleId)}">see the failure</a>`
    : check.status === "skipped" ? html`<span class="note">${check.skipReason}</span>` : "";
  return html`<tr id="${anchorId("check", check.ruleId)}" data-status="${check.status}" data-area="${check.area}">
<td><span class="badge ${check.status}">${check.status}</span></td>
<td class="rule"><code>${check.ruleId}</code></td>
<td>${check.title}${check.advisories.length > 0 ? html` <a class="badge severity-${check.advisories[0]?.severity ?? "info"}" href="#advisories">advisory</a>` : ""}${note === "" ? "" : html`<br>${note}`}</td>
<td>${check.area}</td>
<td class="num">${formatDuration(check.durationMs)}</td>
</tr>`;
}
