// The top of the HTML report: what was checked (target, date, versions, capabilities), the verdict
// and the totals, the section links, and the summary per area.
import type { Report } from "../report-schema.ts";
import { html, plural } from "./html.ts";
import type { SafeHtml } from "./html.ts";

/** The header band: target, verdict, facts of the run, capabilities and totals. */
export function renderHeader(report: Report): SafeHtml {
  const { run } = report;
  const { capabilities } = run;
  const conforms = run.verdict === "conforms";
  const verdict = conforms ? "Conforms to the contract" : `Does not conform: ${run.totals.failed} ${plural(run.totals.failed, "check")} failed${report.unhandledErrors.length > 0 ? `, ${report.unhandledErrors.length} ${plural(report.unhandledErrors.length, "error")} outside any check` : ""}`;
  const capability = (name: string, on: boolean, note: string) => html`<li class="${on ? "on" : "off"}" title="${note}"><span aria-hidden="true">${on ? "✓" : "✗"}</span> ${name}</li>`;
  return html`<header class="top">
<p class="brand">temetro-contract · verify report</p>
<h1><span class="label">Target</span> ${run.target.label}</h1>
<p class="verdict ${conforms ? "conforms" : "fails"}"><span aria-hidden="true">${conforms ? "✓" : "✗"}</span> ${verdict}</p>
<dl class="facts">
<div><dt>Date</dt><dd><time datetime="${run.startedAt}">${formatDate(run.startedAt)}</time></dd></div>
<div><dt>Duration</dt><dd>${formatDuration(run.durationMs)}</dd></div>
<div><dt>temetro-contract</dt><dd>${run.versions.package}</dd></div>
<div><dt>Node</dt><dd>${run.versions.node}</dd></div>
<div><dt>vitest</dt><dd>${run.versions.vitest}</dd></div>
${run.selection.only.length > 0 ? html`<div><dt>Only</dt><dd>${run.selection.only.join(", ")}</dd></div>` : ""}
${run.selection.skip.length > 0 ? html`<div><dt>Skipped</dt><dd>${run.selection.skip.join(", ")}</dd></div>` : ""}
</dl>
<ul class="capabilities" aria-label="Capabilities detected">
${capability("Mailbox", capabilities.mailbox, "Emails can be read (GET /__dev/outbox): reset, verification and invitation checks run.")}
${capability("Movable clock", capabilities.clock, "The target's clock can be moved (POST /__dev/clock): expiry and rate-limit windows are checked.")}
${capability("Trusts X-Forwarded-For", capabilities.forwardedForTrusted, capabilities.forwardedForEvidence)}
${capability("Safe mode", capabilities.safe, "No rate-limit exhaustion; created data is namespaced and removed.")}
</ul>
<ul class="totals">
<li><strong>${run.totals.checks}</strong> checks</li>
<li class="passed"><strong>${run.totals.passed}</strong> passed</li>
<li class="failed"><strong>${run.totals.failed}</strong> failed</li>
<li class="skipped"><strong>${run.totals.skipped}</strong> skipped</li>
<li class="advisory"><strong>${run.totals.advisories}</strong> ${plural(run.totals.advisories, "advisory", "advisories")}</li>
</ul>
</header>`;
}

/** The links to every section, with their counts. */
export function renderNav(report: Report): SafeHtml {
  const { totals } = report.run;
  const link = (id: string, text: string, count?: number) => html`<a href="#${id}">${text}${count === undefined ? "" : html` <span class="count">${count}</span>`}</a>`;
  return html`<nav class="sections">${[
    link("summary", "Summary"),
    totals.failed > 0 || report.unhandledErrors.length > 0 ? link("failures", "Failures", totals.failed) : "",
    link("roles", "Role grid"),
    link("isolation", "Tenant isolation"),
    link("advisories", "Advisories", totals.advisories),
    link("skipped", "Skipped", totals.skipped),
    link("checks", "All checks", totals.checks),
  ]}</nav>`;
}

/** Passed, failed, skipped and time per area, a bar for each; an area's name filters the list of checks. */
export function renderAreaSummary(report: Report): SafeHtml {
  const rows = report.areas.map((area) => {
    const total = area.passed + area.failed + area.skipped;
    const width = (n: number) => `width:${total === 0 ? 0 : (n / total) * 100}%`;
    return html`<tr class="${area.failed > 0 ? "has-failures" : ""}">
<th scope="row"><a href="#checks" data-filter-area="${area.area}">${area.area}</a></th>
<td class="num">${area.passed}</td><td class="num ${area.failed > 0 ? "failed" : ""}">${area.failed}</td><td class="num">${area.skipped}</td>
<td class="num">${formatDuration(area.durationMs)}</td>
<td class="bar-cell"><div class="bar" aria-hidden="true"><span class="passed" style="${width(area.passed)}"></span><span class="failed" style="${width(area.failed)}"></span><span class="skipped" style="${width(area.skipped)}"></span></div></td>
</tr>`;
  });
  const { totals, durationMs } = report.run;
  return html`<section id="summary"><h2>Summary by area</h2>
<p class="lead">Click an area to list its checks. Time is the sum of the checks' own durations; the run took ${formatDuration(durationMs)}.</p>
<table class="areas"><thead><tr><th scope="col">Area</th><th scope="col" class="num">Passed</th><th scope="col" class="num">Failed</th><th scope="col" class="num">Skipped</th><th scope="col" class="num">Time</th><th scope="col"><span class="sr-only">Share</span></th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><th scope="row"><a href="#checks" data-filter-area="">Total</a></th><td class="num">${totals.passed}</td><td class="num">${totals.failed}</td><td class="num">${totals.skipped}</td><td class="num">${formatDuration(report.areas.reduce((sum, area) => sum + area.durationMs, 0))}</td><td></td></tr></tfoot>
</table></section>`;
}

/** `2026-12-06 23:37:18 UTC`: the same for every reader, wherever the report is opened. */
export function formatDate(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

/** `850 ms`, `12.4 s`, `3 min 05 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}
