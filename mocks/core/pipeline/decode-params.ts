// Express decodes a route's parameters when the route matches: after the router's guards, before
// the route's own (D37). A percent-escape that does not decode is temetro's 400 "Malformed URL.".
import { matchOperation } from "#openapi";
import { temetroReply } from "../reply.ts";
import type { Stage } from "./stage.ts";

/** Answers 400 MALFORMED_URL when a path parameter of the request does not decode. */
export const decodeParams: Stage = {
  name: "decode-params",
  run: ({ request, url }) => (matchOperation(request.method, url.pathname)?.malformed === true ? temetroReply("MALFORMED_URL") : undefined),
};
