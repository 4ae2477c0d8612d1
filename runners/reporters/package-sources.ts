// What the reports cite from the package itself: its version, the decision log (docs/decisions/)
// and the spec's operations with the decisions they name. Found from this module's place, the
// same when run from the repository and from an installed package (built into dist/).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { operations } from "#openapi";
import type { Operation } from "#openapi";

export type Decision = { id: string; file: string; title: string; text: string };

const manifestSchema = z.looseObject({ name: z.string().optional(), version: z.string().optional() });
const DECISION_FILE = /^D(\d+)-[a-z0-9-]+\.md$/;
const CITATION = /\bD(\d{1,2})\b/g;
const PACKAGE_NAME = "temetro-contract";

let root: string | undefined;
let decisions: Map<string, Decision> | undefined;

/** The package's root: the nearest folder up from here whose package.json is temetro-contract's. */
export function packageRoot(): string {
  if (root !== undefined) return root;
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (readManifest(dir)?.name === PACKAGE_NAME) return (root = dir);
  }
  throw new Error(`Failed to find the ${PACKAGE_NAME} package around ${fileURLToPath(import.meta.url)}: its package.json is missing. Reinstall the package.`);
}

/** The package's version from its package.json. */
export function packageVersion(): string {
  return readManifest(packageRoot())?.version ?? "unknown";
}

/** The decision log by id (`D20`); empty when the package ships none. */
export function decisionLog(): Map<string, Decision> {
  if (decisions !== undefined) return decisions;
  decisions = new Map();
  const folder = join(packageRoot(), "docs", "decisions");
  if (!existsSync(folder)) return decisions;
  for (const name of readdirSync(folder).sort()) {
    const number = DECISION_FILE.exec(name)?.[1];
    if (number === undefined) continue;
    const text = readFileSync(join(folder, name), "utf8");
    const id = `D${Number(number)}`;
    const title = /^# (.*)$/m.exec(text)?.[1]?.replace(/^D\d+:\s*/, "") ?? name;
    decisions.set(id, { id, file: `docs/decisions/${name}`, title, text });
  }
  return decisions;
}

/** The operation a describe block names (`POST /api/auth/sign-out`), if it names one. */
export function operationNamed(group: string | undefined): Operation | undefined {
  const match = /^([A-Z]+) (\/\S*)$/.exec(group ?? "");
  if (match === null) return undefined;
  return operations.find((op) => op.method === match[1]?.toLowerCase() && op.path === match[2]);
}

/** The decisions a check cites: its operation's x-decision files, then the D-numbers in its texts. */
export function decisionsCited(operation: Operation | undefined, texts: string[]): Decision[] {
  const log = decisionLog();
  const byFile = new Map([...log.values()].map((decision) => [decision.file, decision]));
  const named = operation?.decisions ?? [];
  const cited = texts.flatMap((text) => [...text.matchAll(CITATION)].map((match) => log.get(`D${Number(match[1])}`)));
  const found = [...named.map((file) => byFile.get(file)), ...cited].filter((decision) => decision !== undefined);
  return [...new Map(found.map((decision) => [decision.id, decision])).values()];
}

function readManifest(dir: string): z.infer<typeof manifestSchema> | undefined {
  const file = join(dir, "package.json");
  if (!existsSync(file)) return undefined;
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  return parsed.success ? parsed.data : undefined;
}
