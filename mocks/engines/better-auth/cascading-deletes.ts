// What a SQL database does on delete and memoryAdapter does not: follow the schema's foreign keys.
// Better Auth's migrations create every reference ON DELETE CASCADE unless a field says otherwise
// (get-migration.ts), and some code relies on it: delete-user removes the user's sessions and
// accounts itself but leaves the organization plugin's member rows to the database. Without the
// cascade, a deleted user's member row stays and list-members answers 500.
import type { BetterAuthOptions, DBAdapter, DBTransactionAdapter, Where } from "better-auth";
import { getSchema } from "better-auth/db";

type Reference = { model: string; field: string; referencedField: string; onDelete: string };
type Row = Record<string, unknown>;

/** Per referenced model, the fields that point at it with their ON DELETE rule. */
export function referencesOf(options: BetterAuthOptions): Map<string, Reference[]> {
  const references = new Map<string, Reference[]>();
  for (const [model, table] of Object.entries(getSchema(options))) {
    for (const [field, attribute] of Object.entries(table.fields)) {
      if (attribute.references === undefined) continue;
      const pointing = references.get(attribute.references.model) ?? [];
      pointing.push({ model, field, referencedField: attribute.references.field, onDelete: attribute.references.onDelete ?? "cascade" });
      references.set(attribute.references.model, pointing);
    }
  }
  return references;
}

/** The adapter with ON DELETE CASCADE and SET NULL applied after every delete, inside transactions too. */
export function withCascadingDeletes(adapter: DBAdapter, references: Map<string, Reference[]>): DBAdapter {
  const follow = async (target: DBTransactionAdapter, model: string, removed: Row[]): Promise<void> => {
    for (const reference of references.get(model) ?? []) {
      const values = removed.map((row) => row[reference.referencedField]);
      const numbers = values.filter((value) => typeof value === "number");
      const strings = values.filter((value) => typeof value === "string");
      if (numbers.length + strings.length === 0) continue;
      // Ids are strings, or numbers under advanced.database.generateId "serial".
      const where: Where[] = [{ field: reference.field, operator: "in", value: numbers.length > 0 ? numbers : strings }];
      if (reference.onDelete === "set null") {
        await target.updateMany({ model: reference.model, where, update: { [reference.field]: null } });
      } else if (reference.onDelete === "cascade") {
        const children = await target.findMany<Row>({ model: reference.model, where, limit: Number.MAX_SAFE_INTEGER });
        await target.deleteMany({ model: reference.model, where });
        await follow(target, reference.model, children);
      }
    }
  };
  const wrap = (base: DBTransactionAdapter): DBTransactionAdapter => ({
    ...base,
    async delete(data) {
      const removed = await base.findOne<Row>({ model: data.model, where: data.where });
      await base.delete(data);
      if (removed !== null) await follow(base, data.model, [removed]);
    },
    async deleteMany(data) {
      const removed = await base.findMany<Row>({ model: data.model, where: data.where, limit: Number.MAX_SAFE_INTEGER });
      const count = await base.deleteMany(data);
      await follow(base, data.model, removed);
      return count;
    },
  });
  return { ...wrap(adapter), transaction: (callback) => adapter.transaction((transaction) => callback(wrap(transaction))) };
}
