// POST /api/auth-helpers/reset-by-username (temetro routes/auth-helpers.ts; contract decision D14).
import { Router } from "express";
import type pg from "pg";
import { z } from "zod";

// temetro's own request schema, reproduced: the reference is an implementation, not the contract.
export const resetByUsernameBody = z.object({
  username: z.string().trim().min(1).max(64),
  redirectTo: z.string().trim().max(2048).optional(),
});

type RequestPasswordReset = (input: { body: { email: string; redirectTo?: string } }) => Promise<unknown>;

/** Public: asks Better Auth for a reset email for the user with that username; never says whether one exists. */
export function authHelpersRouter(options: {
  database: pg.Pool;
  requestPasswordReset: RequestPasswordReset;
  log?: (line: string) => void;
}): Router {
  const router = Router();
  router.post("/reset-by-username", async (req, res) => {
    const { username, redirectTo } = resetByUsernameBody.parse(req.body);
    const { rows } = await options.database.query<{ email: string | null }>(
      'select "email" from "user" where "username" = $1 limit 1', [username.toLowerCase()]);
    const email = rows[0]?.email;
    if (email) {
      try {
        // Server-side call: Better Auth's HTTP rate limiter does not see it.
        await options.requestPasswordReset({ body: { email, redirectTo } });
      } catch (error) {
        // temetro answers 500 here; the contract (D14) promises {ok:true} for every well-formed body,
        // and a different answer would tell the caller that the username exists.
        options.log?.(`[auth-helpers] reset-by-username: password reset request failed: ${String(error)}`);
      }
    }
    res.json({ ok: true });
  });
  return router;
}
