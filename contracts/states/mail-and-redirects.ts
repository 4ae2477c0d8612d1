// What a profile's states read besides the API's bodies: the newest email of a kind in the target's
// mailbox, and where a redirect points.
import type { Exchange, OutboxMessage, Target } from "#targets/target";

/** The newest email of a kind sent to an address; throws when there is none. */
export async function lastMail(target: Target, to: string, kind: OutboxMessage["kind"]): Promise<OutboxMessage> {
  const mail = (await target.mailbox(to)).filter((message) => message.kind === kind).at(-1);
  if (mail === undefined) throw new Error(`Failed to find a ${kind} email to ${to} in the target's mailbox.`);
  return mail;
}

/** A Location header resolved against the target. */
export function locationOf(exchange: Exchange, target: Target): URL {
  const location = exchange.headers.get("location");
  if (location === null) throw new Error(`Failed to follow ${exchange.request.method} ${exchange.request.path}: the ${exchange.status} answer has no Location.`);
  return new URL(location, target.baseUrl);
}
