// What a check left on a deployment that the API gives no way to remove: every answer its operation
// marks `x-leaves-behind` for, named from the body where the spec says how. Reported as not cleaned up.
import { valueAt } from "#openapi";
import type { ContractDocument } from "#openapi";
import type { Exchange } from "#targets/target";

/** One line per thing the exchanges created and could not remove, each thing once. */
export function leftBehind(exchanges: readonly Exchange[], document: ContractDocument): string[] {
  // Looked up, never thrown for: this runs after a check that may have failed on an unknown operation.
  const rules = new Map(document.operations.flatMap((operation) => (operation.leavesBehind === undefined ? [] : [[operation.operationId, operation.leavesBehind] as const])));
  const things = new Set<string>();
  for (const exchange of exchanges) {
    const rule = exchange.operationId === null ? undefined : rules.get(exchange.operationId);
    if (rule === undefined || exchange.status !== rule.status) continue;
    const { setsCookie } = rule;
    if (setsCookie !== undefined && !exchange.setCookies.some((cookie) => setsCookieNamed(cookie, setsCookie))) continue;
    const name = rule.name === undefined ? undefined : valueAt(exchange.body, rule.name);
    const what = typeof name === "string" ? `${rule.thing} ${name}` : `${rule.thing} (${exchange.request.method} ${exchange.request.path.split("?")[0]})`;
    things.add(`${what}: no route of the API removes it, so it stays on the target (x-leaves-behind of ${exchange.operationId})`);
  }
  return [...things];
}

/** A Set-Cookie that gives a cookie whose name contains `part` a value (not one that clears it). */
function setsCookieNamed(setCookie: string, part: string): boolean {
  const [pair = "", ...attributes] = setCookie.split(";");
  const separator = pair.indexOf("=");
  if (separator < 0 || !pair.slice(0, separator).includes(part) || pair.slice(separator + 1).trim() === "") return false;
  return !attributes.some((attribute) => /^\s*max-age\s*=\s*0\s*$/i.test(attribute));
}
