// Path templates as the spec writes them (`/api/patients/{fileNumber}`), and matching a request's
// pathname against a list of them: the one rule every profile's document shares.

export type PathTemplate = {
  pattern: RegExp;
  parameterNames: string[];
  /** The template itself when it has no parameters: such a path is found by lookup, not by its pattern. */
  literal?: string;
};

/** The pattern of a path template and the names of its parameters, in order. */
export function compilePath(template: string): PathTemplate {
  const parameterNames: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      parameterNames.push(name);
      return "([^/]+)";
    })
    .join("");
  return { pattern: new RegExp(`^${source}$`), parameterNames, ...(parameterNames.length === 0 ? { literal: template } : {}) };
}

/** A matched request: the entry it addresses, its path parameters (decoded), and whether one of them failed to decode. */
export type PathMatch<T> = { operation: T; params: Record<string, string>; malformed: boolean };

type Placed<T> = { position: number; entry: T };
/** One method's entries: the literal paths by path (the first of each), the templates in order. */
type MethodIndex<T> = { literals: Map<string, Placed<T>>; templates: Array<Placed<T>> };

const indexes = new WeakMap<readonly object[], Map<string, MethodIndex<unknown>>>();

/**
 * A list's entries by method, made on its first match: a request is matched against its method's
 * templates and one lookup of its path, not every entry's pattern. A list is read once: every list
 * matched here is a document's or an app's, made once and never changed.
 */
function indexOf<T extends PathTemplate & { method: string }>(entries: readonly T[]): Map<string, MethodIndex<T>> {
  const known = indexes.get(entries) as Map<string, MethodIndex<T>> | undefined;
  if (known !== undefined) return known;
  const index = new Map<string, MethodIndex<T>>();
  entries.forEach((entry, position) => {
    const byMethod: MethodIndex<T> = index.get(entry.method) ?? { literals: new Map(), templates: [] };
    index.set(entry.method, byMethod);
    if (entry.literal === undefined) byMethod.templates.push({ position, entry });
    else if (!byMethod.literals.has(entry.literal)) byMethod.literals.set(entry.literal, { position, entry });
  });
  indexes.set(entries, index as Map<string, MethodIndex<unknown>>);
  return index;
}

/**
 * The first entry (in document order) with this method whose template matches the pathname. A
 * parameter whose percent-escapes do not decode (`%zz`) is kept as sent and `malformed` is true.
 */
export function matchPath<T extends PathTemplate & { method: string }>(entries: readonly T[], method: string, pathname: string): PathMatch<T> | undefined {
  const byMethod = indexOf(entries).get(method.toLowerCase());
  if (byMethod === undefined) return undefined;
  const literal = byMethod.literals.get(pathname);
  // A template before the literal path in the document is matched first, as a scan in order would.
  for (const { position, entry } of byMethod.templates) {
    if (literal !== undefined && position > literal.position) break;
    const match = entry.pattern.exec(pathname);
    if (match !== null) return withParams(entry, match);
  }
  return literal === undefined ? undefined : { operation: literal.entry, params: {}, malformed: false };
}

function withParams<T extends PathTemplate>(operation: T, match: RegExpExecArray): PathMatch<T> {
  let malformed = false;
  const params = Object.fromEntries(operation.parameterNames.map((name, i) => {
    const raw = match[i + 1] ?? "";
    try {
      return [name, decodeURIComponent(raw)];
    } catch {
      malformed = true;
      return [name, raw];
    }
  }));
  return { operation, params, malformed };
}
