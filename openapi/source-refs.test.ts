// The multi-file source resolves as written: every `$ref` in openapi/openapi.yaml and the files it
// pulls in names an existing file and a pointer inside it, so tools that read the source unbundled
// (Spectral, editors, generators given openapi.yaml) see the same document as the bundle.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import bundled from "./generated/openapi.json" with { type: "json" };
import { isRecord } from "./is-record.ts";

type Ref = { file: string; pointer: string; ref: string };

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found));
  else if (isRecord(value)) for (const [key, inner] of Object.entries(value)) key === "$ref" && typeof inner === "string" ? found.push(inner) : refsIn(inner, found);
  return found;
}

function at(document: unknown, pointer: string): unknown {
  if (pointer === "" || pointer === "/") return document;
  return pointer
    .replace(/^\//, "")
    .split("/")
    .reduce<unknown>((node, segment) => (isRecord(node) ? node[decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~")] : undefined), document);
}

const parsed = new Map<string, unknown>();
const load = (file: string): unknown => parsed.get(file) ?? parsed.set(file, parse(readFileSync(file, "utf8"))).get(file);

/** Every `$ref` reachable from openapi/openapi.yaml, with the file it was written in. */
function sourceRefs(): { refs: Ref[]; unresolved: string[] } {
  const entry = join(import.meta.dirname, "openapi.yaml");
  const seen = new Set<string>();
  const queue = [entry];
  const refs: Ref[] = [];
  const unresolved: string[] = [];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const document = load(file);
    for (const ref of refsIn(document)) {
      const [path = "", pointer = ""] = ref.split("#");
      const target = path === "" ? file : resolve(dirname(file), path);
      const where = `${relative(import.meta.dirname, file)}: $ref ${ref}`;
      if (!existsSync(target)) {
        unresolved.push(`${where} (no such file)`);
        continue;
      }
      if (at(load(target), pointer) === undefined) unresolved.push(`${where} (no such pointer)`);
      refs.push({ file, pointer, ref });
      if (path !== "") queue.push(target);
    }
  }
  return { refs, unresolved };
}

test("every $ref of the multi-file source resolves as written", () => {
  const { refs, unresolved } = sourceRefs();
  expect(refs.length).toBeGreaterThan(100);
  expect(unresolved).toEqual([]);
});

test("the rule files refer to components by file, not by a bundle-only #/components pointer", () => {
  const { refs } = sourceRefs();
  const bundleOnly = refs.filter(({ file, ref }) => !file.endsWith("openapi.yaml") && ref.startsWith("#/components/")).map(({ file, ref }) => `${relative(import.meta.dirname, file)}: ${ref}`);
  expect(bundleOnly).toEqual([]);
});

test("every $ref of the bundle, extensions included, points inside the bundle", () => {
  const broken = refsIn(bundled).filter((ref) => !ref.startsWith("#/") || at(bundled, ref.slice(1)) === undefined);
  expect(broken).toEqual([]);
});
