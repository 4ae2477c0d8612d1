// The reference's subscription store: one PostgreSQL table keyed by the customer's email, what a
// billing webhook would keep up to date in a real deployment; seeded here through the dev route.
import type pg from "pg";
import { subscriptionOf } from "../config/subscriptions.ts";
import type { SubscriptionState, SubscriptionStore } from "../config/subscriptions.ts";

const STATES: Record<string, SubscriptionState> = { subscribed: "subscribed", trial: "trial", none: "none" };

/** The store over `pool`; `migrate` creates its table. */
export function subscriptionTable(pool: pg.Pool): SubscriptionStore & { migrate(): Promise<void> } {
  return {
    async migrate() {
      await pool.query(`CREATE TABLE IF NOT EXISTS "subscription" ("email" text PRIMARY KEY, "state" text NOT NULL, "productId" text)`);
    },
    async read(email) {
      const { rows } = await pool.query<{ state: string; productId: string | null }>(`SELECT "state", "productId" FROM "subscription" WHERE "email" = $1`, [email.toLowerCase()]);
      const row = rows[0];
      const state = row === undefined ? "none" : (STATES[row.state] ?? "none");
      return subscriptionOf({ state, ...(row?.productId == null ? {} : { productId: row.productId }) });
    },
    async seed(seed) {
      await pool.query(
        `INSERT INTO "subscription" ("email", "state", "productId") VALUES ($1, $2, $3) ON CONFLICT ("email") DO UPDATE SET "state" = EXCLUDED."state", "productId" = EXCLUDED."productId"`,
        [seed.email.toLowerCase(), seed.state, seed.productId ?? null],
      );
      return subscriptionOf(seed);
    },
  };
}
