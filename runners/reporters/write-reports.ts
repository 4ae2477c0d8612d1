// Writes the reports a run asked for into the output folder, all from the same report, and says
// what it wrote: one line per file.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderHtmlReport } from "./html/html-report.ts";
import { renderJsonReport } from "./json-report.ts";
import { renderJunitReport } from "./junit-report.ts";
import { REPORT_FILES, REPORT_FORMATS } from "./report-output.ts";
import type { ReportFormat } from "./report-output.ts";
import type { Report } from "./report-schema.ts";

const WRITERS: Record<ReportFormat, { name: string; render(report: Report): string }> = {
  html: { name: "HTML report", render: renderHtmlReport },
  json: { name: "JSON report", render: renderJsonReport },
  junit: { name: "JUnit report", render: renderJunitReport },
};

/** Writes each format once into `directory` (created if missing); answers one line per file written. */
export function writeReports(report: Report, formats: readonly ReportFormat[], directory: string): string[] {
  if (formats.length === 0) return [];
  mkdirSync(directory, { recursive: true });
  return REPORT_FORMATS.filter((format) => formats.includes(format)).map((format) => {
    const writer = WRITERS[format];
    const path = join(directory, REPORT_FILES[format]);
    const text = writer.render(report);
    writeFileSync(path, text);
    return `Wrote the ${writer.name}: ${path} (${formatSize(Buffer.byteLength(text))})`;
  });
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
