// --output is a folder: each report is written into it under its own name, one line per file says
// so, and a path that names a file is a usage error instead of a folder called results.xml.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { UsageError } from "../errors.ts";
import { fixtureReport } from "../testing/report-fixture.ts";
import { checkOutputDirectory } from "./report-output.ts";
import { writeReports } from "./write-reports.ts";

test("writes each asked format once into the folder, creating it, and answers one line per file", () => {
  const folder = join(mkdtempSync(join(tmpdir(), "temetro-reports-")), "nested", "reports");
  const lines = writeReports(fixtureReport(), ["junit", "html", "json", "html"], folder);
  expect(readdirSync(folder).sort()).toEqual(["temetro-contract.html", "temetro-contract.json", "temetro-contract.junit.xml"]);
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatch(new RegExp(`^Wrote the JUnit report: ${join(folder, "temetro-contract.junit.xml")} \\(\\d+ KB\\)$`));
  expect(lines.join("\n")).toContain(`Wrote the HTML report: ${join(folder, "temetro-contract.html")} (`);
});

test("writes nothing, and creates no folder, when no report is asked for", () => {
  const folder = join(mkdtempSync(join(tmpdir(), "temetro-reports-")), "unused");
  expect(writeReports(fixtureReport(), [], folder)).toEqual([]);
  expect(() => readdirSync(folder)).toThrow();
});

test("refuses an --output that names a file, existing or by its extension, and takes any folder", () => {
  const base = mkdtempSync(join(tmpdir(), "temetro-reports-"));
  writeFileSync(join(base, "results"), "");
  for (const path of ["results.xml", "report.JSON", "out/index.html", "results"]) {
    expect(() => checkOutputDirectory(join(base, path), path)).toThrow(UsageError);
  }
  expect(() => checkOutputDirectory(join(base, "results.xml"), "results.xml")).toThrow('Failed to read --output "results.xml": it names a file, but --output takes a folder');
  for (const path of ["reports", "ci/reports-2026", "."]) expect(() => checkOutputDirectory(join(base, path), path)).not.toThrow();
});
