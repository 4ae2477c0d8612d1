// Where reports go: the formats verify and merge-reports write, each under its own file name in
// one folder, and the check that --output names a folder, not a file (so a run never ends in a
// folder called results.xml).
import { existsSync, statSync } from "node:fs";
import { extname, resolve } from "node:path";
import { UsageError } from "../errors.ts";

export const REPORT_FORMATS = ["junit", "json", "html"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The file each format is written to inside the output folder. */
export const REPORT_FILES: Record<ReportFormat, string> = {
  html: "temetro-contract.html",
  json: "temetro-contract.json",
  junit: "temetro-contract.junit.xml",
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

/** Resolves --output against the caller's working directory; throws UsageError when a given --output names a file. */
export function outputDirectory(output: string | undefined): string {
  const directory = resolve(process.cwd(), output ?? "reports");
  if (output !== undefined) checkOutputDirectory(directory, output);
  return directory;
}
