// The promises the report cites, carried inside it so its links work offline: each operation a
// failure or an advisory is about (as the spec describes it) and each decision they cite (the
// decision log's text). The rest of the spec and the log ship with the package.
import { getOperation } from "#openapi";
import { decisionLog } from "../package-sources.ts";
import type { Report } from "../report-schema.ts";
import { anchorId, html } from "./html.ts";
import type { SafeHtml } from "./html.ts";

/** The cited operations and decisions; nothing when no failure or advisory cites any. */
export function renderCited(report: Report): SafeHtml | string {
  const citing = report.checks.filter((check) => check.status === "failed" || check.advisories.length > 0);
  const operationIds = [...new Set(citing.flatMap((check) => (check.operation === null ? [] : [check.operation.operationId])))];
  const decisionIds = [...new Set(citing.flatMap((check) => check.decisions.map((decision) => decision.id)))];
  if (operationIds.length === 0 && decisionIds.length === 0) return "";
  const log = decisionLog();
  return html`<section id="cited"><h2>The promises cited</h2>
<p class="lead">The operations and decisions the failures and advisories above point to, as the contract's spec (openapi/) and decision log (docs/decisions/) state them.</p>
${operationIds.map((operationId) => renderOperation(operationId))}
${decisionIds.flatMap((id) => {
    const decision = log.get(id);
    return decision === undefined ? [] : [html`<article class="card decision-card" id="${anchorId("decision", id)}">
<h3>${id} ${decision.title}</h3><p class="where">${decision.file}</p>
<details><summary>The decision</summary><pre class="markdown">${decision.text}</pre></details></article>`];
  })}
</section>`;
}

function renderOperation(operationId: string): SafeHtml {
  const operation = getOperation(operationId);
  const { description } = operation;
  const rules = Object.entries(operation.rules).map(([name, value]) => `${name}: ${typeof value === "object" ? JSON.stringify(value) : String(value)}`);
  return html`<article class="card operation-card" id="${anchorId("op", operationId)}">
<h3><code>${operation.method.toUpperCase()} ${operation.path}</code> ${operation.summary}</h3>
<p class="where">operationId ${operationId} · in openapi/openapi.yaml (bundled: openapi/generated/openapi.json)</p>
${description === "" ? "" : html`<p>${description}</p>`}
<p><strong>x-rules</strong> <code>${rules.join("; ")}</code> · <strong>responses</strong> ${operation.statuses.join(", ")}</p>
</article>`;
}
