// A profile's decision log answers every citation: each `<PREFIX><n>` cited anywhere in the profile
// has its file `decisions/<PREFIX><nn>-topic.md`, and the log's README lists every file, numbered in order.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return /\.(ts|md|yaml|json)$/.test(path) ? [path] : [];
  return readdirSync(path).filter((name) => name !== "generated").flatMap((name) => filesUnder(join(path, name)));
}

/** Defines the two tests for the profile at `profile` whose decisions are numbered `<prefix>1`, `<prefix>2`, … */
export function checkDecisionLog(profile: string, prefix: string): void {
  const decisions = join(profile, "decisions");
  const decisionFile = new RegExp(`^${prefix}(\\d{2,})-[a-z0-9-]+\\.md$`);
  const files = new Map(readdirSync(decisions).flatMap((name) => {
    const number = decisionFile.exec(name)?.[1];
    return number === undefined ? [] : [[Number(number), name] as const];
  }));

  test(`every ${prefix} number cited in the profile has its decision file`, () => {
    const missing = filesUnder(profile).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(new RegExp(`\\b${prefix}(\\d+)\\b`, "g"))]
        .filter((match) => !files.has(Number(match[1])))
        .map((match) => `${prefix}${match[1]} at ${relative(profile, file)}`));
    expect(missing).toEqual([]);
  });

  test("the log's README has a row for every decision file, numbered in order", () => {
    const readme = readFileSync(join(decisions, "README.md"), "utf8");
    const unlisted = [...files.entries()].filter(([number, name]) => !readme.includes(`| ${prefix}${number} |`) || !readme.includes(`(${name})`));
    expect(unlisted).toEqual([]);
    expect([...files.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: files.size }, (_, index) => index + 1));
  });
}
