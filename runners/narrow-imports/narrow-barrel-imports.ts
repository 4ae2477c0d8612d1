// A barrel module re-exports a package's functions from one module each; importing two names from
// it loads all of them (es-toolkit/compat: 550 modules, ~300 ms per thread). This rewrites a
// module's imports of a barrel into imports of the modules that define the names, read from the
// barrel's own text, so the functions are the very ones the barrel would have handed out.
// Anything it cannot map for certain is left as written.

/** What a barrel exports: exported name → the module (relative to the barrel) and the name it has there. */
export type BarrelExports = Map<string, { from: string; name: string }>;

const IMPORT_LINE = /^import\s*\{([^}]*)\}\s*from\s*"(\.{1,2}\/[^"]+)";?\s*$/gm;
const EXPORT_LIST = /^export\s*\{([^}]*)\};?\s*$/m;

/** `a`, `a as b` → [imported, local] pairs; undefined for anything else (a default, a namespace, a type). */
function specifiers(list: string): Array<[string, string]> | undefined {
  const pairs: Array<[string, string]> = [];
  for (const part of list.split(",").map((item) => item.trim()).filter((item) => item !== "")) {
    const match = /^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/.exec(part);
    if (match === null || match[1] === undefined) return undefined;
    pairs.push([match[1], match[2] ?? match[1]]);
  }
  return pairs;
}

/** The names a barrel re-exports as imported: `import { x } from "./x.mjs"` lines and one `export { … }` list. */
export function barrelExports(barrelSource: string): BarrelExports {
  const locals = new Map<string, { from: string; name: string }>();
  for (const match of barrelSource.matchAll(IMPORT_LINE)) {
    for (const [imported, local] of specifiers(match[1] ?? "") ?? []) locals.set(local, { from: match[2] ?? "", name: imported });
  }
  const exported: BarrelExports = new Map();
  const list = EXPORT_LIST.exec(barrelSource);
  for (const [local, name] of specifiers(list?.[1] ?? "") ?? []) {
    const origin = locals.get(local);
    if (origin !== undefined) exported.set(name, origin);
  }
  return exported;
}

/** A barrel a module imports from: where it lives (a file URL) and what it exports. */
export type Barrel = { url: string; exports: BarrelExports };

/**
 * The module's source with each `import { … } from "<specifier>"` of a known barrel replaced by
 * imports of the defining modules; undefined when no statement could be narrowed.
 */
export function narrowBarrelImports(source: string, barrels: Record<string, Barrel>): string | undefined {
  let changed = false;
  const narrowed = source.replace(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)";?/g, (statement, list: string, specifier: string) => {
    const barrel = barrels[specifier];
    const names = barrel === undefined ? undefined : specifiers(list);
    if (barrel === undefined || names === undefined) return statement;
    const imports: string[] = [];
    for (const [exported, local] of names) {
      const origin = barrel.exports.get(exported);
      if (origin === undefined) return statement;
      imports.push(`import { ${origin.name} as ${local} } from ${JSON.stringify(new URL(origin.from, barrel.url).href)};`);
    }
    changed = true;
    return imports.join(" ");
  });
  return changed ? narrowed : undefined;
}
