// Where the reference "sends" email: nowhere, but with TEMETRO_TEST_MAILBOX=1 every message is kept for tests.
import { randomUUID } from "node:crypto";

export type MailKind = "verify-email" | "reset-password" | "invitation";

export type Mail = {
  id: string;
  to: string;
  kind: MailKind;
  subject: string;
  url: string;
  /** The verification or reset token; for an invitation, the invitation id. */
  token: string | null;
  sentAt: string;
};

export type Mailbox = {
  /** Whether messages are kept and served at /__dev/outbox. */
  enabled: boolean;
  send: (mail: Omit<Mail, "id" | "sentAt">) => Mail;
  /** Messages oldest first, optionally only those to one address (compared case-insensitively). */
  list: (to?: string) => Mail[];
  clear: () => void;
};

/** A mailbox that records (when enabled) and prints one line per message. */
export function createMailbox(options: { enabled: boolean; log?: (line: string) => void }): Mailbox {
  const log = options.log ?? ((line: string) => console.log(line));
  const outbox: Mail[] = [];
  return {
    enabled: options.enabled,
    send(input) {
      const mail: Mail = { id: randomUUID(), ...input, sentAt: new Date().toISOString() };
      if (options.enabled) {
        outbox.push(mail);
        log(`[mail] ${mail.kind} to=${mail.to} subject=${JSON.stringify(mail.subject)} url=${mail.url}`);
      } else {
        // Like temetro with no email provider configured: nothing leaves, and the link is not printed.
        log(`[mail] ${mail.kind} to=${mail.to} not delivered: no email provider is configured`);
      }
      return mail;
    },
    list(to) {
      const wanted = to?.toLowerCase();
      return outbox.filter((mail) => wanted === undefined || mail.to.toLowerCase() === wanted);
    },
    clear() {
      outbox.length = 0;
    },
  };
}
