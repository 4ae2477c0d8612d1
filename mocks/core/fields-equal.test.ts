import { Collection, Query } from "@msw/data";
import { expect, test } from "vitest";
import { z } from "zod";
import { fieldsEqual, recordsWhere } from "./fields-equal.ts";

type Row = { id: string; userId: string; token?: string; note: string | null };

async function rows(): Promise<Collection<z.ZodType<Row>>> {
  const collection = new Collection({ schema: z.object({ id: z.string(), userId: z.string(), token: z.string().optional(), note: z.string().nullable() }) as z.ZodType<Row> });
  await collection.create({ id: "1", userId: "u1", token: "t1", note: null });
  await collection.create({ id: "2", userId: "u1", note: "second" });
  await collection.create({ id: "3", userId: "u2", token: "t3", note: null });
  return collection;
}

/** The ids @msw/data's own object condition selects, and the ids fieldsEqual selects, for the same condition. */
async function bothWays(condition: Partial<Row>): Promise<[string[], string[]]> {
  const collection = await rows();
  const theirs = collection.findMany((q) => q.where(condition as Parameters<Query<Row>["where"]>[0])).map((row) => row.id);
  const ours = collection.findMany(fieldsEqual<Row>(condition)).map((row) => row.id);
  return [theirs, ours];
}

test.each<[string, Partial<Row>, string[]]>([
  ["one field", { userId: "u1" }, ["1", "2"]],
  ["two fields, all must hold", { userId: "u1", token: "t1" }, ["1"]],
  ["a field the record lacks never matches", { token: "t1", id: "2" }, []],
  ["null equals a stored null", { note: null }, ["1", "3"]],
  ["no record", { id: "9" }, []],
])("selects what @msw/data's q.where selects: %s", async (_name, condition, expected) => {
  const [theirs, ours] = await bothWays(condition);
  expect(ours).toEqual(expected);
  expect(ours).toEqual(theirs);
});

test("recordsWhere tests each record with the predicate as it is", async () => {
  const collection = await rows();
  expect(collection.findMany(recordsWhere<Row>((row) => row.userId === "u1" && row.token !== "t1")).map((row) => row.id)).toEqual(["2"]);
});
