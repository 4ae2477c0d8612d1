// The emails the mock "sends": kept in memory, printed as one line each, read at GET /__dev/outbox.
import type { OutboxMessage } from "../glossary.ts";
import type { Clock } from "../glossary.ts";
import { isoNow } from "./clock.ts";
import { generateId } from "./ids.ts";

export type Outbox = {
  send(message: Omit<OutboxMessage, "id" | "sentAt">): OutboxMessage;
  list(to?: string): OutboxMessage[];
  clear(): void;
};

/** An outbox that prints each email through `log`. */
export function createOutbox(clock: Clock, log: (line: string) => void): Outbox {
  let messages: OutboxMessage[] = [];
  return {
    send(message) {
      const sent: OutboxMessage = { id: generateId(), sentAt: isoNow(clock), ...message };
      messages.push(sent);
      log(`[outbox] ${sent.kind} to ${sent.to}: ${sent.url}`);
      return sent;
    },
    list: (to) => (to === undefined ? [...messages] : messages.filter((message) => message.to.toLowerCase() === to.toLowerCase())),
    clear() {
      messages = [];
    },
  };
}
