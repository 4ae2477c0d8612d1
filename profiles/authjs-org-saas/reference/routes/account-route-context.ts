// What the document's own routes share: the database, the mailbox and the app's public origin
// (the mailed links point at the app's pages, which post the token back to the API).
import type pg from "pg";
import type { Mailbox } from "../../../../reference/mailbox.ts";
import type { TokenKind } from "../account-tokens.ts";

export type AccountRouteContext = { pool: pg.Pool; mailbox: Mailbox; appUrl: string };

const SUBJECTS: Record<TokenKind, string> = {
  "verify-email": "Verify your email address",
  "reset-password": "Reset your password",
};

/** Mail a token link (`<appUrl>/verify-email?token=…` or `/reset-password?token=…`). */
export function sendAccountMail(context: AccountRouteContext, to: string, kind: TokenKind, token: string): void {
  const url = new URL(`/${kind}`, context.appUrl);
  url.searchParams.set("token", token);
  context.mailbox.send({ to, kind, subject: SUBJECTS[kind], url: url.href, token });
}
