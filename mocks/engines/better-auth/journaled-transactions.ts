// Transactions for the engine's memoryAdapter that cost what they touch. memoryAdapter's own
// transaction deep-copies the whole database twice (structuredClone) and merges it back, so a
// sign-up got slower with every user (8 ms at 50 users, 36 ms at 250). The engine runs Better Auth's
// requests one at a time, so isolation comes free; what a transaction still owes is rollback. This
// one writes to the live tables and keeps a journal of how to undo each write, replayed backwards
// when the callback throws, as a rolled-back SQL transaction leaves nothing behind.
import type { BetterAuthOptions, DBAdapter, DBTransactionAdapter, Where } from "better-auth";
import { getAuthTables } from "better-auth";

type Row = Record<string, unknown>;
export type MemoryTables = Record<string, Row[]>;

const ALL = Number.MAX_SAFE_INTEGER;

/** The adapter with journaled transactions over `tables`, the object memoryAdapter was given. */
export function withJournaledTransactions(adapter: DBAdapter, tables: MemoryTables, options: BetterAuthOptions): DBAdapter {
  const modelNames = new Map(Object.entries(getAuthTables(options)).map(([model, table]) => [model, table.modelName]));
  const table = (model: string): Row[] => tables[modelNames.get(model) ?? model] ?? [];
  /** The stored rows `where` selects (the live objects, not the adapter's output copies). */
  const rowsWhere = async (model: string, where: Where[] | undefined): Promise<Row[]> => {
    const ids = new Set((await adapter.findMany<Row>({ model, where, limit: ALL })).map((row) => row.id));
    return table(model).filter((row) => ids.has(row.id));
  };
  const remember = (undo: Array<() => void>, rows: Row[]) => {
    const before = rows.map((row) => ({ row, copy: { ...row } }));
    undo.push(() => {
      for (const { row, copy } of before) {
        for (const key of Object.keys(row)) if (!(key in copy)) delete row[key];
        Object.assign(row, copy);
      }
    });
  };
  const putBack = (undo: Array<() => void>, model: string, rows: Row[]) => undo.push(() => void table(model).push(...rows));

  const journaled = (undo: Array<() => void>): DBTransactionAdapter => ({
    ...adapter,
    async create<T extends Record<string, unknown>, R = T>(data: Parameters<DBAdapter["create"]>[0] & { data: Omit<T, "id"> }): Promise<R> {
      // memoryAdapter appends the new row; requests run one at a time, so nothing else lands meanwhile.
      const length = table(data.model).length;
      const created = await adapter.create<T, R>(data);
      const added = table(data.model).slice(length);
      undo.push(() => {
        const rows = table(data.model);
        for (const row of added) if (rows.includes(row)) rows.splice(rows.indexOf(row), 1);
      });
      return created;
    },
    async update(data) {
      if (data.where.length > 0) remember(undo, await rowsWhere(data.model, data.where));
      return adapter.update(data);
    },
    async updateMany(data) {
      remember(undo, await rowsWhere(data.model, data.where));
      return adapter.updateMany(data);
    },
    async incrementOne(data) {
      remember(undo, (await rowsWhere(data.model, data.where)).slice(0, 1));
      return adapter.incrementOne(data);
    },
    async delete(data) {
      const rows = data.where.length === 0 ? [] : await rowsWhere(data.model, data.where);
      await adapter.delete(data);
      putBack(undo, data.model, rows);
    },
    async deleteMany(data) {
      const rows = await rowsWhere(data.model, data.where);
      const count = await adapter.deleteMany(data);
      putBack(undo, data.model, rows);
      return count;
    },
    async consumeOne<T>(data: { model: string; where: Where[] }): Promise<T | null> {
      const first = (await rowsWhere(data.model, data.where)).slice(0, 1);
      const consumed = await adapter.consumeOne<T>(data);
      if (consumed !== null) putBack(undo, data.model, first);
      return consumed;
    },
  });

  return {
    ...adapter,
    async transaction(callback) {
      const undo: Array<() => void> = [];
      try {
        return await callback(journaled(undo));
      } catch (error) {
        for (const step of undo.reverse()) step();
        throw error;
      }
    },
  };
}
