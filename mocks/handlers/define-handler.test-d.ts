// Type-level checks of typed handlers, run by `tsc -p tsconfig.json` (never executed): each
// `@ts-expect-error` line must meet a compile error, so a check that stops failing fails tsc.
import type { components } from "#openapi";
import { queryParam } from "../core/call.ts";
import { json } from "../core/reply.ts";
import { respond, respondBytes, respondEmpty } from "../core/typed-reply.ts";
import { defineHandler, type HandlerRegistry } from "./define-handler.ts";
import { typedHandlers } from "./index.ts";

// The registry: every operation, each under its own operationId, and nothing else.
typedHandlers satisfies HandlerRegistry;
const { getHealth: _left, ...withoutGetHealth } = typedHandlers;
// @ts-expect-error a missing handler (getHealth) does not compile
withoutGetHealth satisfies HandlerRegistry;
// @ts-expect-error an extra handler, for no operation of the spec, does not compile
({ ...typedHandlers, getHealthz: typedHandlers.getHealth }) satisfies HandlerRegistry;
// @ts-expect-error a handler under another operation's id does not compile
({ ...typedHandlers, getHealth: typedHandlers.getVersion }) satisfies HandlerRegistry;

// @ts-expect-error a Socket.io event (a webhook of the spec) is no operation to handle
defineHandler("onMessageNew", () => ({ status: 200 }));

// Replies: a status the operation declares, with that response's body.
defineHandler("getHealth", (call) => respond(call, 200, { status: "ok" }));
// @ts-expect-error a reply body of the wrong shape does not compile
defineHandler("getHealth", (call) => respond(call, 200, { status: 200 }));
// @ts-expect-error a reply body with a property the schema lacks does not compile
defineHandler("getClock", (call) => respond(call, 200, { now: "2026-01-01T00:00:00.000Z", later: true }));
// @ts-expect-error a status the operation does not declare does not compile
defineHandler("createPatient", (call) => respond(call, 200, call.body as unknown as components["schemas"]["Patient"]));
// @ts-expect-error a body for a status declared without one does not compile
defineHandler("deletePatient", (call) => respond(call, 204, null));
// @ts-expect-error no body for a status declared with one does not compile
defineHandler("getHealth", (call) => respondEmpty(call, 200));
// @ts-expect-error bytes where the operation answers JSON do not compile
defineHandler("getHealth", (call) => respondBytes(call, 200, new Uint8Array(), {}));
// @ts-expect-error an untyped reply (any status, any body) does not compile
defineHandler("getHealth", () => json({ status: "ok" }));
defineHandler("clearOutbox", (call) => respondEmpty(call, 204));
defineHandler("downloadAttachment", (call) => respondBytes(call, 200, new Uint8Array(), { "content-type": "text/plain" }));

// The call: the body and path parameters as the spec types them.
defineHandler("advanceClock", (call) => {
  const advanceMs: number = call.body.advanceMs;
  // @ts-expect-error a body field the request schema lacks does not compile
  void call.body.advanceSeconds;
  return respond(call, 200, { now: new Date(advanceMs).toISOString() });
});
defineHandler("getPatient", (call) => {
  const fileNumber: string = call.params.fileNumber;
  // @ts-expect-error a path parameter the path does not have does not compile
  void call.params.id;
  // @ts-expect-error an operation without a request body has no body to read
  void call.body.name;
  throw new Error(fileNumber);
});
defineHandler("listOutbox", (call) => {
  const to: string | null = queryParam(call, "to");
  // @ts-expect-error a query parameter the operation does not declare does not compile
  void queryParam(call, "from");
  return respond(call, 200, to === null ? [] : []);
});
