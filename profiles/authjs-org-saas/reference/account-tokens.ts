// Single-use tokens for the verification and reset mails: random, stored only as a SHA-256
// digest, redeemed at most once and only before they expire.
import { createHash, randomBytes } from "node:crypto";
import type pg from "pg";

export type TokenKind = "verify-email" | "reset-password";

/** How long a mailed link works. */
export const TOKEN_LIFETIME_SECONDS: Record<TokenKind, number> = { "verify-email": 24 * 60 * 60, "reset-password": 60 * 60 };

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new token of this kind for the user; the clear value exists only in the mail. */
export async function issueToken(pool: pg.Pool, userId: string, kind: TokenKind): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await pool.query(
    "INSERT INTO account_tokens (token_hash, user_id, kind, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))",
    [digest(token), userId, kind, TOKEN_LIFETIME_SECONDS[kind]],
  );
  return token;
}

/** Redeem a token: the user it was issued to, or null when it is unknown, of another kind, used or expired. */
export async function redeemToken(pool: pg.Pool, token: string, kind: TokenKind): Promise<string | null> {
  const { rows } = await pool.query<{ user_id: string }>(
    "UPDATE account_tokens SET used_at = now() WHERE token_hash = $1 AND kind = $2 AND used_at IS NULL AND expires_at > now() RETURNING user_id",
    [digest(token), kind],
  );
  return rows[0]?.user_id ?? null;
}
