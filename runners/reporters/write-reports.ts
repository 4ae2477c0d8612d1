// Writes the reports a run asked for into the output folder, all from the same report, and says
// what it wrote: one line per file.
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { UsageError } from "../errors.ts";
import { renderHtmlReport } from "./html/html-report.ts";
import { renderJsonReport } from "./json-report.ts";
import { renderJunitReport } from "./junit-report.ts";
import type { Report } from "./report-schema.ts";

export const REPORT_FORMATS = ["junit", "json", "html"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const WRITERS: Record<ReportFormat, { file: string; name: string; render(report: Report): string }> = {
  html: { file: "temetro-contract.html", name: "HTML report", render: renderHtmlReport },
  json: { file: "temetro-contract.json", name: "JSON report", render: renderJsonReport },
  junit: { file: "temetro-contract.junit.xml", name: "JUnit report", render: renderJunitReport },
};

// What a file named on --output usually ends in; a folder rarely does.
const FILE_EXTENSIONS = new Set([".xml", ".json", ".html", ".htm", ".txt", ".log"]);

/** Whether a --reporter value names a format. */
export function isReportFormat(name: string): name is ReportFormat {
  return REPORT_FORMATS.some((format) => format === name);
}

/** Throws UsageError when --output names a file (an existing one, or a path ending like one): reports go into a folder. */
export function checkOutputDirectory(directory: string, given: string): void {
  const isFile = existsSync(directory) ? !statSync(directory).isDirectory() : FILE_EXTENSIONS.has(extname(directory).toLowerCase());
  if (isFile) {
    throw new UsageError(`Failed to read --output "${given}": it names a file, but --output takes a folder the reports are written into (temetro-contract.html, .json, .junit.xml). Pass a folder, like --output reports.`);
  }
}

/** Writes each format once into `directory` (created if missing); answers one line per file written. */
export function writeReports(report: Report, formats: readonly ReportFormat[], directory: string): string[] {
  if (formats.length === 0) return [];
  mkdirSync(directory, { recursive: true });
  return REPORT_FORMATS.filter((format) => formats.includes(format)).map((format) => {
    const writer = WRITERS[format];
    const path = join(directory, writer.file);
    const text = writer.render(report);
    writeFileSync(path, text);
    return `Wrote the ${writer.name}: ${path} (${formatSize(Buffer.byteLength(text))})`;
  });
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
