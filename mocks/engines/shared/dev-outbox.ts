// The emails a mock engine "sends": kept in memory in the order sent and read at GET /__dev/outbox, as
// the hand-written mock's and the reference's outboxes are.

/** A sent email: what the app's sendMail was given, plus an id and the time it was sent. */
export type SentMail<M extends { to: string }> = M & { id: string; sentAt: string };

export type DevOutbox<M extends { to: string }> = {
  send(mail: M): SentMail<M>;
  /** Oldest first; with `to`, only the emails to that address (compared case-insensitively). */
  list(to?: string): SentMail<M>[];
  clear(): void;
};

/** An empty outbox; `log` gets one line per email. */
export function createDevOutbox<M extends { to: string }>(log: (line: string) => void): DevOutbox<M> {
  const sent: SentMail<M>[] = [];
  return {
    send(mail) {
      const entry: SentMail<M> = { ...mail, id: crypto.randomUUID(), sentAt: new Date().toISOString() };
      sent.push(entry);
      log(`[outbox] to ${mail.to}: ${JSON.stringify(mail)}`);
      return entry;
    },
    list(to) {
      const wanted = to?.toLowerCase();
      return sent.filter((mail) => wanted === undefined || mail.to.toLowerCase() === wanted);
    },
    clear() {
      sent.length = 0;
    },
  };
}
