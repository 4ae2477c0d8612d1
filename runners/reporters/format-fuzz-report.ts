// What `temetro-contract fuzz` prints: a line per operation (cases per kind, verdict), then every
// failure with its shrunk request, the answer and how to replay it, the advisories and leftovers.
import type { OperationResult } from "#contracts/fuzz/fuzz-plan";

export type FuzzReportEntry = { operationId: string; result?: OperationResult; skipped?: string; leftovers: string[]; seconds: number };

const pad = (text: string | number, width: number) => String(text).padEnd(width);

/** The line of one operation. */
export function formatOperationLine(entry: FuzzReportEntry): string {
  if (entry.skipped !== undefined) return `${pad(entry.operationId, 26)} skipped: ${entry.skipped}`;
  const kinds = entry.result?.kinds ?? [];
  const counts = kinds.map((kind) => `${kind.kind} ${pad(kind.runs, 4)}`).join(" ");
  const failed = kinds.filter((kind) => kind.failure !== undefined).map((kind) => kind.kind);
  const verdict = failed.length > 0 ? `FAILED (${failed.join(", ")})` : "ok";
  return `${pad(entry.operationId, 26)} ${counts} ${pad(`${entry.seconds.toFixed(1)} s`, 8)} ${verdict}`;
}

/** Total cases run, and how many operations failed. */
export function fuzzTotals(entries: readonly FuzzReportEntry[]): { cases: number; failedOperations: number; skipped: number } {
  let cases = 0;
  let failedOperations = 0;
  for (const entry of entries) {
    const kinds = entry.result?.kinds ?? [];
    cases += kinds.reduce((sum, kind) => sum + kind.runs, 0);
    if (kinds.some((kind) => kind.failure !== undefined)) failedOperations += 1;
  }
  return { cases, failedOperations, skipped: entries.filter((entry) => entry.skipped !== undefined).length };
}

function mergeTallies(entries: readonly FuzzReportEntry[], key: "advisories" | "known"): Map<string, { text: string; count: number }> {
  const merged = new Map<string, { text: string; count: number }>();
  for (const entry of entries) {
    for (const [id, found] of Object.entries(entry.result?.[key] ?? {})) {
      merged.set(id, { text: found.text, count: (merged.get(id)?.count ?? 0) + found.count });
    }
  }
  return merged;
}

/** The closing part of the report: failures in full, advisories, leftovers, totals. */
export function formatFuzzSummary(entries: readonly FuzzReportEntry[], seed: number): string[] {
  const lines: string[] = [];
  for (const entry of entries) {
    for (const kind of entry.result?.kinds ?? []) {
      const failure = kind.failure;
      if (failure === undefined) continue;
      lines.push("", `✗ ${entry.operationId} (${kind.kind}), shrunk ${failure.shrinks} times:`, `    request: ${failure.request}`);
      lines.push(...failure.problems.map((problem) => `    - ${problem}`));
      lines.push(`    answer: ${failure.answer}`, `    replay: fast-check seed ${failure.seed}, path "${failure.path}" (run seed ${seed})`);
    }
  }
  const advisories = mergeTallies(entries, "advisories");
  if (advisories.size > 0) lines.push("", "Known Better Auth faults (advisories, not failures):");
  for (const [id, { text, count }] of advisories) lines.push(`! ${id} ×${count}: ${text}`);
  const known = mergeTallies(entries, "known");
  if (known.size > 0) lines.push("", "Known findings the contract decided (not failures; the decision is named at the end):");
  for (const [id, { text, count }] of known) lines.push(`? ${id} ×${count}: ${text}`);
  const leftovers = entries.flatMap((entry) => entry.leftovers.map((leftover) => `${entry.operationId}: ${leftover}`));
  if (leftovers.length > 0) lines.push("", "Not cleaned up:", ...leftovers.map((leftover) => `  ${leftover}`));
  const totals = fuzzTotals(entries);
  lines.push("", `${totals.cases} generated cases over ${entries.length - totals.skipped} operations (${totals.skipped} skipped), ${totals.failedOperations} failing; seed ${seed}`);
  return lines;
}
