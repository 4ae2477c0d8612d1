// The engine's database: plain arrays, one per table the options' schema has (the core tables plus
// every plugin's), behind Better Auth's own memoryAdapter, with the foreign keys' ON DELETE rules
// a SQL database would apply (cascading-deletes.ts) and transactions that roll back without copying
// the database (journaled-transactions.ts).
import type { BetterAuthOptions, DBAdapter } from "better-auth";
import { memoryAdapter } from "better-auth/adapters/memory";
import { getSchema } from "better-auth/db";
import { referencesOf, withCascadingDeletes } from "./cascading-deletes.ts";
import { withJournaledTransactions } from "./journaled-transactions.ts";

export type MemoryDatabase = {
  /** What Better Auth's `database` option takes. */
  adapter: (options: BetterAuthOptions) => DBAdapter;
  /** Creates an empty table for each model the options use (the adapter refuses unknown models). */
  createTables(options: BetterAuthOptions): void;
  /** Rows per table, for a health line or a test. */
  counts(): Record<string, number>;
};

/** An empty in-memory database. */
export function createMemoryDatabase(): MemoryDatabase {
  const tables: Record<string, Record<string, unknown>[]> = {};
  const memory = memoryAdapter(tables);
  return {
    adapter: (options) => withCascadingDeletes(withJournaledTransactions(memory(options), tables, options), referencesOf(options)),
    createTables(options) {
      for (const modelName of Object.keys(getSchema(options))) tables[modelName] ??= [];
    },
    counts: () => Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
  };
}
