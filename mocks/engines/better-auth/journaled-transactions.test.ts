import { expect, test } from "vitest";
import { createMemoryDatabase } from "./memory-database.ts";

const options = {};

async function threeUsers() {
  const memory = createMemoryDatabase();
  memory.createTables(options);
  const adapter = memory.adapter(options);
  const now = new Date();
  for (const name of ["ada", "lin", "grace"]) await adapter.create({ model: "user", data: { name, email: `${name}@example.com`, emailVerified: false, createdAt: now, updatedAt: now } });
  const names = async () => (await adapter.findMany<{ name: string }>({ model: "user" })).map((user) => user.name).sort();
  return { adapter, names };
}

test("keeps what a transaction wrote when its callback succeeds", async () => {
  const { adapter, names } = await threeUsers();
  await adapter.transaction(async (transaction) => {
    await transaction.update({ model: "user", where: [{ field: "name", value: "ada" }], update: { name: "ada lovelace" } });
    await transaction.delete({ model: "user", where: [{ field: "name", value: "lin" }] });
  });
  expect(await names()).toEqual(["ada lovelace", "grace"]);
});

test("undoes every create, update and delete of a transaction whose callback throws", async () => {
  const { adapter, names } = await threeUsers();
  const failing = adapter.transaction(async (transaction) => {
    const now = new Date();
    await transaction.create({ model: "user", data: { name: "mallory", email: "mallory@example.com", emailVerified: false, createdAt: now, updatedAt: now } });
    await transaction.update({ model: "user", where: [{ field: "name", value: "ada" }], update: { name: "ada lovelace", emailVerified: true } });
    await transaction.deleteMany({ model: "user", where: [{ field: "name", value: "lin" }] });
    await transaction.consumeOne({ model: "user", where: [{ field: "name", value: "grace" }] });
    throw new Error("the hook refused");
  });
  await expect(failing).rejects.toThrow("the hook refused");
  expect(await names()).toEqual(["ada", "grace", "lin"]);
  expect(await adapter.findOne({ model: "user", where: [{ field: "name", value: "ada" }] })).toMatchObject({ emailVerified: false });
});
