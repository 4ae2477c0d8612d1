// The grids: every operation with rules (rows, by area) × the seven roles, or × the caller from
// another clinic; each cell the expected and the observed status, coloured by its outcome, and a
// button that opens the cell's own exchanges (kept in a <template> until clicked).
import type { GridCell, GridName } from "#contracts/check-meta";
import { getOperation, operations, ROLES } from "#openapi";
import type { ReportCheck } from "../report-schema.ts";
import { renderExchanges } from "./html-exchanges.ts";
import { anchorId, html, plural } from "./html.ts";
import type { SafeHtml } from "./html.ts";

const TITLES: Record<GridName, { heading: string; lead: string }> = {
  roles: {
    heading: "Role grid",
    lead: "Every operation the role matrix rules on (its permission, or none where every member may call it), called by a member of each role of one clinic. A cell shows the status the matrix expects and the status the target answered.",
  },
  isolation: {
    heading: "Tenant isolation",
    lead: "Every operation that takes a record's id, or lists records, called by the owner of another clinic: the record must not exist for them, and must be left as it was.",
  },
};

type Row = { check: ReportCheck; cells: GridCell[] };

/** The section of one grid, or a sentence saying no check of it ran. */
export function renderGrid(checks: readonly ReportCheck[], grid: GridName): SafeHtml {
  const rows = checks.flatMap((check) => (check.grid?.grid === grid ? [{ check, cells: check.grid.cells }] : []))
    .sort((a, b) => a.check.area.localeCompare(b.check.area) || operationOrder(a) - operationOrder(b));
  const { heading, lead } = TITLES[grid];
  if (rows.length === 0) return html`<section id="${grid}"><h2>${heading}</h2><p class="muted">No check of this grid ran (see the selection above).</p></section>`;
  const columns = grid === "roles" ? [...ROLES] : [...new Set(rows.flatMap((row) => row.cells.map((cell) => cell.column)))];
  const cells = rows.flatMap((row) => row.cells);
  const count = (status: GridCell["status"]) => cells.filter((cell) => cell.status === status).length;
  const areas = [...new Set(rows.map((row) => row.check.area))];
  return html`<section id="${grid}" class="grid-section">
<h2>${heading}</h2>
<p class="lead">${lead}</p>
<div class="grid-bar">
<p class="tally"><strong>${rows.length}</strong> operations × <strong>${columns.length}</strong> ${columns.length === 1 ? "caller" : "roles"}:
<span class="chip passed">${count("passed")} pass</span> <span class="chip failed">${count("failed")} fail</span> <span class="chip not-run">${count("not-run")} not run</span></p>
<label class="toggle"><input type="checkbox" data-grid-failing="${grid}"> Only rows that fail</label>
<p class="legend">Click a cell for its exchanges. Large: the status observed; small: the status expected.
<span class="cell-sample passed">allowed, as expected</span> <span class="cell-sample refused">refused, as expected</span> <span class="cell-sample failed">not as expected</span> <span class="cell-sample not-run">not run</span></p>
</div>
<div class="table-wrap ${grid}"><table class="grid ${grid}" data-grid="${grid}">
<thead><tr><th class="op-col" scope="col">Operation</th>${columns.map((column) => html`<th scope="col" class="role-col">${column}</th>`)}</tr></thead>
${areas.map((area) => html`<tbody data-area="${area}"><tr class="area-row"><th colspan="${columns.length + 1}" scope="rowgroup">${area}</th></tr>
${rows.filter((row) => row.check.area === area).map((row) => renderRow(row, columns, grid))}</tbody>`)}
</table></div>
<div class="templates">${rows.flatMap((row) => row.cells.map((cell) => renderCellDetail(row.check, cell, grid)))}</div>
</section>`;
}

function renderRow(row: Row, columns: string[], grid: GridName): SafeHtml {
  const { check } = row;
  const operation = check.grid === null ? undefined : getOperation(check.grid.operationId);
  const failing = row.cells.some((cell) => cell.status !== "passed");
  return html`<tr class="${failing ? "row-failing" : ""}">
<th scope="row" class="op"><code title="${operation?.summary}">${operation?.method.toUpperCase()} ${operation?.path}</code>
<small><a href="#${anchorId("check", check.ruleId)}">${check.ruleId}</a>${operation?.rules.permission === undefined ? "" : html` · ${operation.rules.permission}`}</small></th>
${columns.map((column) => {
    const cell = row.cells.find((candidate) => candidate.column === column);
    return cell === undefined ? html`<td class="cell none"></td>` : renderCell(check, cell, grid);
  })}
</tr>`;
}

/**
 * A cell's button: the observed status large, the expected one in small print (with the error text
 * where there is room). `inline` makes it a labelled chip for use outside the grid (a failure's card).
 */
export function renderCell(check: ReportCheck, cell: GridCell, grid: GridName, inline = false): SafeHtml {
  const observed = cell.observed === undefined ? "—" : String(cell.observed.status);
  const label = `${check.ruleId}, ${cell.column}: expected ${describe(cell.expected)}; ${cell.observed === undefined ? "not run" : `observed ${describe(cell.observed)}`}`;
  const refused = cell.expected.status >= 400 ? " refused" : "";
  const wide = grid === "isolation";
  const button = html`<button type="button" data-cell="${cellId(check, cell, grid)}" title="${label}" aria-label="${label}">
${inline ? html`<span class="column">${cell.column}</span>` : ""}<span class="observed">${observed}${wide && cell.observed?.detail !== undefined ? html` <small>${cell.observed.detail}</small>` : ""}</span><span class="expected">exp ${wide ? describe(cell.expected) : cell.expected.status}</span></button>`;
  return inline ? html`<span class="cell ${cell.status}${refused}">${button}</span>` : html`<td class="cell ${cell.status}${refused}">${button}</td>`;
}

/** What the dialog shows for a cell: the promise, expected against observed, the failures that name it, and its exchanges. */
function renderCellDetail(check: ReportCheck, cell: GridCell, grid: GridName): SafeHtml {
  // A role matrix check names the role in each soft failure ("deletePatient as the doctor (lacks …)").
  const failures = check.failures.filter((failure) => grid === "isolation" || [" ", ":"].some((end) => failure.includes(` as the ${cell.column}${end}`)));
  return html`<template id="${cellId(check, cell, grid)}">
<h3><span class="badge ${cell.status}">${cell.status.replace("-", " ")}</span> ${check.ruleId} · ${cell.column}</h3>
<p>${check.operation?.method} <code>${check.operation?.path}</code> — ${check.operation?.summary}</p>
<p class="promise">${check.title}</p>
<dl class="outcome"><dt>Expected</dt><dd>${describe(cell.expected)}</dd><dt>Observed</dt><dd>${cell.observed === undefined ? "not run: the check stopped before this cell" : describe(cell.observed)}</dd></dl>
${check.status === "skipped" ? html`<p class="muted">Skipped: ${check.skipReason}</p>` : ""}
<h4>Exchanges of this cell</h4>
${renderExchanges(cell.exchanges)}
${cell.status === "failed" && failures.length > 0 ? html`<details class="assertions"><summary>The failed ${plural(failures.length, "assertion", "assertions")} of this cell (${failures.length})</summary>${failures.map((failure) => html`<pre class="failure">${failure}</pre>`)}</details>` : ""}
</template>`;
}

function describe(outcome: GridCell["expected"]): string {
  return outcome.detail === undefined ? String(outcome.status) : `${outcome.status} ${outcome.detail}`;
}

function cellId(check: ReportCheck, cell: GridCell, grid: GridName): string {
  return anchorId("cell", grid, check.ruleId, cell.column);
}

function operationOrder(row: Row): number {
  return operations.findIndex((op) => op.operationId === row.check.grid?.operationId);
}
