// The reference's database: DATABASE_URL when given, else a private cluster; Better Auth's schema migrated in.
import pg from "pg";
import type { BetterAuthOptions } from "better-auth";
import { getMigrations } from "better-auth/db/migration";
import { startPostgresCluster } from "./postgres-cluster.ts";

export type Database = {
  pool: pg.Pool;
  url: string;
  /** Closes the pool, then stops the private cluster if this module started one. */
  close: () => Promise<void>;
};

/** Open a pool on `databaseUrl`, or on a freshly started private cluster when it is absent. */
export async function openDatabase(options: { databaseUrl?: string; log?: (line: string) => void }): Promise<Database> {
  const cluster = options.databaseUrl ? undefined : await startPostgresCluster({ log: options.log });
  const url = options.databaseUrl ?? cluster!.url;
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  let closing: Promise<void> | undefined;
  // An idle client losing its connection must not crash the process (pg emits 'error' on the pool).
  // pool.end() resolves before its clients' sockets are gone, so the cluster's shutdown still reaches
  // some of them: expected then, and not worth a line.
  pool.on("error", (error) => {
    if (!closing) options.log?.(`[postgres] idle client error: ${error.message}`);
  });
  const close = () => {
    closing ??= (async () => {
      await pool.end().catch(() => {});
      await cluster?.stop();
    })();
    return closing;
  };
  return { pool, url, close };
}

/**
 * Create or alter Better Auth's tables (user, session, account, verification, rateLimit,
 * organization, member, invitation, and the username plugin's columns) for these options.
 *
 * temetro itself uses Better Auth's drizzle adapter with drizzle-kit migrations; the reference uses
 * Better Auth's built-in Kysely adapter over the same pg Pool. The tables, the queries' results and
 * so every byte Better Auth puts on the wire are the same: the adapter only changes how SQL is built.
 */
export async function migrateAuthSchema(options: BetterAuthOptions): Promise<void> {
  const { runMigrations } = await getMigrations(options);
  await runMigrations();
}
