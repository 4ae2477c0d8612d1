// The JSON report: the project's own format (report-schema.ts), checked against its schema before
// it is written, so a consumer can rely on what the shipped JSON Schema promises.
import { z } from "zod";
import { REPORT_SCHEMA_ID, reportSchema } from "./report-schema.ts";
import type { Report } from "./report-schema.ts";

/** The report as JSON text; throws when the report does not match its own schema (a bug in the builder). */
export function renderJsonReport(report: Report): string {
  const parsed = reportSchema.safeParse({ $schema: REPORT_SCHEMA_ID, ...report });
  if (!parsed.success) {
    throw new Error(`Failed to write the JSON report: it does not match its schema: ${z.prettifyError(parsed.error)}. Report this as a bug of temetro-contract.`);
  }
  // Compact, as machines read it (`jq .` indents it for people).
  return `${JSON.stringify(parsed.data)}\n`;
}
