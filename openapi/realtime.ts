// The Socket.io contract (x-realtime, written once in openapi/rules/realtime.yaml): rooms, the
// handshake's refusal, and validators for every event's payload and acknowledgement.
import { z, type ZodType } from "zod";
import { spec } from "./spec.ts";
import { schemaValidator } from "./validators.ts";

const clientEventSchema = z.object({ payload: z.unknown(), ack: z.unknown().optional(), rule: z.string() });
const serverEventSchema = z.object({ payload: z.unknown(), room: z.enum(["user", "clinic", "conversation"]) });

const realtimeSchema = z.object({
  path: z.string(),
  cors: z.object({ origin: z.literal("FRONTEND_URL"), credentials: z.boolean(), decision: z.string() }),
  handshake: z.object({ authentication: z.literal("session-cookie"), error: z.string(), clinic: z.literal("fixed-at-connect") }),
  rooms: z.object({ user: z.string(), clinic: z.string(), conversation: z.string() }),
  clientEvents: z.record(z.string(), clientEventSchema),
  serverEvents: z.record(z.string(), serverEventSchema),
});

export type RealtimeRules = z.infer<typeof realtimeSchema>;

/** The Socket.io rules of the contract. */
export const realtime: RealtimeRules = realtimeSchema.parse(Reflect.get(spec, "x-realtime"));

/** The room a socket of a user, a clinic or a conversation is in: `user:<id>`, `org:<id>`, `conv:<id>`. */
export function roomOf(kind: keyof RealtimeRules["rooms"], id: string): string {
  return realtime.rooms[kind].replace(/<[^>]+>/, id);
}

function eventOf<T>(table: Record<string, T>, kind: string, event: string): T {
  const found = table[event];
  if (found === undefined) throw new Error(`Failed to find the Socket.io ${kind} event "${event}" in x-realtime. Add it to openapi/rules/realtime.yaml.`);
  return found;
}

/** The validator of what a client sends with an event, or of the server's acknowledgement. */
export function clientEventValidator(event: string, part: "payload" | "ack"): ZodType {
  const schema = eventOf(realtime.clientEvents, "client", event)[part];
  if (schema === undefined) throw new Error(`Failed to validate the ack of "${event}": the event is not acknowledged.`);
  return schemaValidator(`x-realtime:${event}:${part}`, schema);
}

/** The validator of an event the server emits. */
export function serverEventValidator(event: string): ZodType {
  return schemaValidator(`x-realtime:${event}`, eventOf(realtime.serverEvents, "server", event).payload);
}
