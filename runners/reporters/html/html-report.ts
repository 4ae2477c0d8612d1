// The HTML report: one self-contained file a person opens by double-click. Styles and script are
// inline, and a Content-Security-Policy lets the page load nothing and run only its own script.
import { createHash } from "node:crypto";
import type { Report } from "../report-schema.ts";
import { renderChecks } from "./html-checks.ts";
import { renderCited } from "./html-cited.ts";
import { renderAdvisories, renderFailures, renderLeftovers, renderSkips } from "./html-findings.ts";
import { renderGrid } from "./html-grid.ts";
import { renderAreaSummary, renderHeader, renderNav } from "./html-header.ts";
import { REPORT_SCRIPT } from "./html-script.ts";
import { STYLES } from "./html-styles.ts";
import { html, raw } from "./html.ts";

/** The whole report as one HTML document. */
export function renderHtmlReport(report: Report): string {
  const scriptHash = createHash("sha256").update(REPORT_SCRIPT).digest("base64");
  const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const title = `${report.run.verdict === "conforms" ? "✓" : "✗"} temetro-contract: ${report.run.target.label}`;
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="temetro-contract ${report.run.versions.package}">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>${raw(STYLES)}</style>
</head>
<body>
${renderHeader(report)}
${renderNav(report)}
<main>
${renderAreaSummary(report)}
${renderFailures(report)}
${renderGrid(report.checks, "roles")}
${renderGrid(report.checks, "isolation")}
${renderAdvisories(report)}
${renderSkips(report)}
${renderLeftovers(report)}
${renderChecks(report)}
${renderCited(report)}
</main>
<dialog id="cell-dialog" aria-label="The exchanges of a grid cell">
<div class="dialog-bar"><button type="button" data-close-dialog>Close</button></div>
<div class="dialog-body"></div>
</dialog>
<script>${raw(REPORT_SCRIPT)}</script>
</body>
</html>
`;
  return page.text;
}
