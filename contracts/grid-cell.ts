// A grid check (one operation of the role matrix, or of tenant isolation) fills one row of a
// report grid: it declares its cells and what each expects up front, so a check that stops early
// still shows every cell, then runs each cell, recording its own exchanges and whether it held.
import type { GridName, GridOutcome, GridRow } from "./check-meta.ts";
import { recordExchanges } from "./recorded-exchange.ts";
import type { Exchange } from "#targets/target";

/** The isolation grid's one column: the caller is the owner of another clinic. */
export const ANOTHER_CLINIC = "another clinic's owner";
/** What an isolation cell expects of a list, beside its status. */
export const LEFT_OUT = "without the other clinic's record";

// A grid holds hundreds of cells: their bodies are cut shorter than a failure's.
const CELL_BODY_LIMIT = 300;

/** What a grid check declares: its grid, its operation, and each cell's expected answer, in column order. */
export type GridDeclaration = {
  grid: GridName;
  operationId: string;
  cells: Array<{ column: string; expected: GridOutcome }>;
};

/** Runs one cell: `send` makes the request the cell is about, `judge` asserts on its answer (hard or soft). */
export type RunCell = (column: string, send: () => Promise<Exchange>, judge: (exchange: Exchange) => void | Promise<void>) => Promise<void>;

/** The row a declaration describes, every cell not run yet. */
export function gridRowOf(declaration: GridDeclaration): GridRow {
  return {
    grid: declaration.grid,
    operationId: declaration.operationId,
    cells: declaration.cells.map(({ column, expected }) => ({ column, expected, status: "not-run", exchanges: [] })),
  };
}

/**
 * The cell runner of one check. A cell fails when `judge` throws (the error goes on, ending the
 * check) or adds a soft failure (counted through `failureCount`, the test's recorded errors).
 */
export function createCellRunner(row: GridRow, exchanges: readonly Exchange[], failureCount: () => number): RunCell {
  return async (column, send, judge) => {
    const cell = row.cells.find((candidate) => candidate.column === column);
    if (cell === undefined) throw new Error(`Failed to run the cell "${column}" of ${row.operationId}: the check declares no such cell. Add it to the check's grid option.`);
    const first = exchanges.length;
    const failuresBefore = failureCount();
    cell.status = "failed";
    try {
      const exchange = await send();
      cell.observed = outcomeOf(exchange);
      await judge(exchange);
      if (failureCount() === failuresBefore) cell.status = "passed";
    } finally {
      cell.exchanges = recordExchanges(exchanges.slice(first), { firstIndex: first + 1, bodyLimit: CELL_BODY_LIMIT });
    }
  };
}

/** The status, and the error's code or text when the body carries one (Better Auth's `code`, temetro's `error`). */
export function outcomeOf(exchange: Exchange): GridOutcome {
  const { body } = exchange;
  if (typeof body !== "object" || body === null) return { status: exchange.status };
  const detail = "code" in body && typeof body.code === "string" ? body.code : "error" in body && typeof body.error === "string" ? body.error : undefined;
  return detail === undefined ? { status: exchange.status } : { status: exchange.status, detail };
}
