// What a reader acts on: each failure with the promise it checks (the operation and the decisions
// it cites) and its exchanges; the security advisories with their evidence and fix; the skips by
// reason; what could not be cleaned up; errors outside any check.
import { SEVERITIES } from "#contracts/check-meta";
import type { Report, ReportCheck } from "../report-schema.ts";
import { renderExchanges } from "./html-exchanges.ts";
import { renderCell } from "./html-grid.ts";
import { anchorId, html, plural } from "./html.ts";
import type { SafeHtml } from "./html.ts";

/** Every failed check, then the errors no check caught; nothing when the run conforms. */
export function renderFailures(report: Report): SafeHtml | string {
  const failed = report.checks.filter((check) => check.status === "failed");
  if (failed.length === 0 && report.unhandledErrors.length === 0) return "";
  return html`<section id="failures"><h2>Failures <span class="count">${failed.length}</span></h2>
<p class="lead">Each failure names the rule it checks, the promise behind it, what failed, and what was sent and received (cookies, tokens and passwords masked).</p>
${failed.map(renderFailure)}
${report.unhandledErrors.length > 0 ? html`<article class="card failure-card"><h3>Errors outside any check</h3>${report.unhandledErrors.map((error) => html`<pre class="failure">${error}</pre>`)}</article>` : ""}
</section>`;
}

function renderFailure(check: ReportCheck): SafeHtml {
  return html`<article class="card failure-card" id="${anchorId("failure", check.ruleId)}">
<h3><span class="badge failed">failed</span> ${check.ruleId}</h3>
<p class="promise">${check.title}</p>
${renderPromise(check)}
<h4>What failed</h4>
${check.grid === null ? check.failures.map((failure) => html`<pre class="failure">${failure}</pre>`) : renderGridFailure(check)}
<details class="exchanges-box"${check.grid === null ? " open" : ""}><summary>${check.grid === null ? "Exchanges" : "Every exchange of the check"} (${check.exchanges.at(-1)?.index ?? 0})</summary>${renderExchanges(check.exchanges)}</details>
<p class="where">${check.file}</p>
</article>`;
}

/** A grid check's failure: the cells that were not as expected (each opens its own exchanges), then the assertions. */
function renderGridFailure(check: ReportCheck): SafeHtml {
  const cells = check.grid?.cells.filter((cell) => cell.status !== "passed") ?? [];
  return html`<p>${cells.length} of ${check.grid?.cells.length ?? 0} cells not as expected; click one for its exchanges:</p>
<div class="failed-cells">${check.grid === null ? "" : cells.map((cell) => renderCell(check, cell, check.grid?.grid ?? "roles", true))}</div>
<details><summary>The ${check.failures.length} failed ${plural(check.failures.length, "assertion", "assertions")}</summary>${check.failures.map((failure) => html`<pre class="failure">${failure}</pre>`)}</details>`;
}

/** The operation the check is about and the decisions it cites, linked to their text at the end of the report. */
function renderPromise(check: ReportCheck): SafeHtml {
  const { operation } = check;
  return html`<dl class="promise-box">
${operation === null ? "" : html`<dt>Operation</dt><dd><a href="#${anchorId("op", operation.operationId)}"><code>${operation.method} ${operation.path}</code></a> ${operation.summary} <span class="muted">(${operation.operationId})</span></dd>`}
${check.decisions.length === 0 ? "" : html`<dt>${plural(check.decisions.length, "Decision", "Decisions")}</dt><dd>${check.decisions.map((decision) => html`<a class="decision" href="#${anchorId("decision", decision.id)}">${decision.id} ${decision.title}</a> `)}</dd>`}
${operation === null && check.decisions.length === 0 ? html`<dt>Group</dt><dd>${check.group ?? "—"}</dd>` : ""}
</dl>`;
}

/** The advisories, highest severity first, each with its text, its fix and the exchanges that showed it. */
export function renderAdvisories(report: Report): SafeHtml {
  const found = report.checks.flatMap((check) => check.advisories.map((advisory) => ({ advisory, check })))
    .sort((a, b) => SEVERITIES.indexOf(a.advisory.severity) - SEVERITIES.indexOf(b.advisory.severity));
  return html`<section id="advisories"><h2>Security advisories <span class="count">${found.length}</span></h2>
<p class="lead">Behaviour the contract allows but an operator should know about. Advisories never fail the run.</p>
${found.length === 0 ? html`<p class="muted">None raised.</p>` : found.map(({ advisory, check }) => html`<article class="card advisory-card severity-${advisory.severity}">
<h3><span class="badge severity-${advisory.severity}">${advisory.severity}</span> ${advisory.id}</h3>
<p>${advisory.text}</p>
<div class="fix"><h4>Fix</h4><p>${advisory.fix}</p></div>
<p class="found-by">Found by <a href="#${anchorId("check", check.ruleId)}">${check.ruleId}</a> — ${check.title}${check.decisions.length > 0 ? html` · ${check.decisions.map((decision) => html`<a class="decision" href="#${anchorId("decision", decision.id)}">${decision.id}</a> `)}` : ""}</p>
<details class="exchanges-box"><summary>Evidence: the check's exchanges (${check.exchanges.at(-1)?.index ?? 0})</summary>${renderExchanges(check.exchanges)}</details>
</article>`)}
</section>`;
}

/** The skipped checks, grouped by the reason they could not run. */
export function renderSkips(report: Report): SafeHtml {
  const byReason = new Map<string, ReportCheck[]>();
  for (const check of report.checks.filter((candidate) => candidate.status === "skipped")) {
    const reason = check.skipReason ?? "";
    byReason.set(reason, [...(byReason.get(reason) ?? []), check]);
  }
  return html`<section id="skipped"><h2>Skipped <span class="count">${report.run.totals.skipped}</span></h2>
${byReason.size === 0 ? html`<p class="muted">Every selected check ran.</p>` : [...byReason].map(([reason, checks]) => html`<article class="card skip-card">
<h3>${reason === "" ? "No reason given" : reason} <span class="count">${checks.length}</span></h3>
<ul>${checks.map((check) => html`<li><a href="#${anchorId("check", check.ruleId)}">${check.ruleId}</a> ${check.title}</li>`)}</ul>
</article>`)}
</section>`;
}

/** What checks created and could not remove; nothing when everything was cleaned up. */
export function renderLeftovers(report: Report): SafeHtml | string {
  const leftovers = report.checks.flatMap((check) => check.leftovers.map((leftover) => ({ check, leftover })));
  if (leftovers.length === 0) return "";
  return html`<section id="leftovers"><h2>Not cleaned up <span class="count">${leftovers.length}</span></h2>
<ul>${leftovers.map(({ check, leftover }) => html`<li><a href="#${anchorId("check", check.ruleId)}">${check.ruleId}</a>: ${leftover}</li>`)}</ul></section>`;
}
