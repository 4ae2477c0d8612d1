// Path templates as the spec writes them (`/api/patients/{fileNumber}`), and matching a request's
// pathname against a list of them: the one rule every profile's document shares.

export type PathTemplate = { pattern: RegExp; parameterNames: string[] };

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
  return { pattern: new RegExp(`^${source}$`), parameterNames };
}

/** A matched request: the entry it addresses, its path parameters (decoded), and whether one of them failed to decode. */
export type PathMatch<T> = { operation: T; params: Record<string, string>; malformed: boolean };

/**
 * The first entry (in document order) with this method whose template matches the pathname. A
 * parameter whose percent-escapes do not decode (`%zz`) is kept as sent and `malformed` is true.
 */
export function matchPath<T extends PathTemplate & { method: string }>(entries: readonly T[], method: string, pathname: string): PathMatch<T> | undefined {
  const lower = method.toLowerCase();
  for (const operation of entries) {
    if (operation.method !== lower) continue;
    const match = operation.pattern.exec(pathname);
    if (match === null) continue;
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
  return undefined;
}
