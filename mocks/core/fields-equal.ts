// Look-ups in the store's collections by equal fields. @msw/data's own `q.where({ … })` reads the
// same way, but its object condition builds an entry list and closures for every record it tests:
// a session or membership look-up in a store of a few thousand rows cost a walk of allocations.
import { Query } from "@msw/data";

/** The records whose fields equal these values; a field the record lacks never matches (as in @msw/data). */
export function fieldsEqual<T extends object>(condition: NoInfer<Partial<T>>): Query<T> {
  const entries = Object.entries(condition) as Array<[keyof T, unknown]>;
  return new Query<T>((record) => {
    for (const [key, value] of entries) {
      const actual = record[key];
      if (actual === undefined || actual !== value) return false;
    }
    return true;
  });
}

/** The records a predicate accepts, tested as they are (no wrapping per record). */
export const recordsWhere = <T>(predicate: (record: T) => boolean): Query<T> => new Query<T>(predicate);
