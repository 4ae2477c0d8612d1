// Methods the Fetch standard refuses to carry: `new Request(url, { method: "TRACE" })` throws. The mock
// takes requests as fetch Requests, so such a method reaches it under a stand-in name no operation
// lists, and it answers as for any method the contract does not list there (decision D36).
const UNFETCHABLE = new Set(["CONNECT", "TRACE", "TRACK"]);

/** The method to build a fetch Request with: the method itself, or a stand-in for one fetch forbids. */
export function fetchableMethod(method: string): string {
  const upper = method.toUpperCase();
  return UNFETCHABLE.has(upper) ? `X-UNFETCHABLE-${upper}` : method;
}
