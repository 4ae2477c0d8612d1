// The decision log (docs/decisions/) answers every citation: each decision number cited in the repo
// has its file, the index lists every file, and the spec's citations lead to the file they cite.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";
import { spec } from "./spec.ts";
import { isRecord } from "./is-record.ts";

const root = join(import.meta.dirname, "..");
const LOG = "docs/decisions";
const DECISION_FILE = /^D(\d{2,})-[a-z0-9-]+\.md$/;
const CITATION = /\bD(\d+)\b/g;
const CITING = ["openapi", "mocks", "contracts", "runners", "reference", "bin", "scripts", "docs", "README.md"];
const NOT_SOURCE = new Set(["node_modules", "dist", "generated"]);
const TEXT_FILE = /\.(ts|js|yaml|yml|md|json)$/;

/** The decision files, by number. */
function decisionFiles(): Map<number, string> {
  const files = new Map<number, string>();
  for (const name of readdirSync(join(root, LOG))) {
    const number = DECISION_FILE.exec(name)?.[1];
    if (number !== undefined) files.set(Number(number), name);
  }
  return files;
}

function textFilesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return TEXT_FILE.test(path) ? [path] : [];
  return readdirSync(path)
    .filter((name) => !NOT_SOURCE.has(name))
    .flatMap((name) => textFilesUnder(join(path, name)));
}

/** Every decision number cited in `text`. */
const citedIn = (text: string): number[] => [...text.matchAll(CITATION)].map((match) => Number(match[1]));

/** Each citation in the repo's sources and documentation, as `D<n> at <file>:<line>`. */
function citations(): Array<{ number: number; at: string }> {
  return CITING.flatMap((entry) => textFilesUnder(join(root, entry))).flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, index) => citedIn(line).map((number) => ({ number, at: `${relative(root, file)}:${index + 1}` }))),
  );
}

/** The decision files an object of the spec names: `x-decision` (a path or a list), or x-realtime's `decision`. */
function namedFiles(node: Record<string, unknown>): string[] {
  return [node["x-decision"], node.decision].flat().filter((value): value is string => typeof value === "string");
}

/**
 * Walks the bundled spec: every named file must exist, and every decision a text cites must be
 * followable — named by the object or one of its ancestors, or written out as a path in the text.
 */
function unfollowable(node: unknown, inherited: readonly string[], at: string, files: Map<number, string>, found: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, index) => unfollowable(item, inherited, `${at}/${index}`, files, found));
  } else if (isRecord(node)) {
    const named = namedFiles(node);
    const known = [...files.values()].map((name) => `${LOG}/${name}`);
    for (const path of named) if (!known.includes(path)) found.push(`${at} names ${path}, which is not a file of ${LOG}`);
    const here = [...inherited, ...named];
    for (const [key, value] of Object.entries(node)) {
      if (key !== "example" && key !== "examples" && key !== "x-decision") unfollowable(value, here, `${at}/${key}`, files, found);
    }
  } else if (typeof node === "string") {
    for (const number of citedIn(node)) {
      const path = `${LOG}/${files.get(number) ?? `D${number}-?.md`}`;
      if (!inherited.includes(path) && !node.includes(path)) found.push(`${at} cites D${number} without naming ${path}`);
    }
  }
}

test("every decision cited in the code, the spec and the READMEs has its file in docs/decisions", () => {
  const files = decisionFiles();
  const missing = citations().filter(({ number }) => !files.has(number)).map(({ number, at }) => `D${number} at ${at}`);
  expect(missing, `Failed to find these decisions in ${LOG}/: add a file D<nn>-<topic>.md for each`).toEqual([]);
});

test("the decisions are numbered from 1 without gaps, and each file's title carries its number and the three parts", () => {
  const files = decisionFiles();
  const others = readdirSync(join(root, LOG)).filter((name) => name !== "README.md" && ![...files.values()].includes(name));
  expect(others, `Failed to read these as decisions: name each D<nn>-<topic>.md, one file per number`).toEqual([]);
  expect([...files.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: files.size }, (_, index) => index + 1));
  for (const [number, name] of files) {
    const text = readFileSync(join(root, LOG, name), "utf8");
    expect(text.split("\n")[0], name).toMatch(new RegExp(`^# D${number}: \\S`));
    expect(text.match(/^## .+$/gm), name).toEqual(["## Context", "## Decision", "## Consequences"]);
  }
});

test("the index links every decision file, and every link of it leads to one", () => {
  const index = readFileSync(join(root, LOG, "README.md"), "utf8");
  const linked = new Set([...index.matchAll(/\]\((D\d+-[^)]+\.md)\)/g)].map((match) => match[1] ?? ""));
  const files = decisionFiles();
  const names = [...files.values()];
  const unlisted = names.filter((name) => !linked.has(name));
  const dangling = [...linked].filter((name) => !names.includes(name));
  expect({ unlisted, dangling }, `Failed to match ${LOG}/README.md with the files: add a row for each unlisted file, fix each dangling link`).toEqual({ unlisted: [], dangling: [] });
  for (const [number, name] of files) expect(index, `the index row of ${name}`).toContain(`| D${number} |`);
});

test("every decision the spec cites leads to its file, through x-decision or a path in the text", () => {
  const found: string[] = [];
  unfollowable(spec, [], "#", decisionFiles(), found);
  expect(found, "Failed to follow these citations: add the file to the object's x-decision, or write its path").toEqual([]);
});
