import { organization } from "better-auth/plugins";
import { expect, test } from "vitest";
import { createMemoryDatabase } from "./memory-database.ts";

const options = { plugins: [organization()] };

function database() {
  const memory = createMemoryDatabase();
  memory.createTables(options);
  return { memory, adapter: memory.adapter(options) };
}

async function userInClinic(adapter: ReturnType<typeof database>["adapter"], email: string) {
  const now = new Date();
  const user = await adapter.create<{ id: string }>({ model: "user", data: { name: email, email, emailVerified: false, createdAt: now, updatedAt: now } });
  const clinic = await adapter.create<{ id: string }>({ model: "organization", data: { name: `${email} clinic`, slug: email.replace(/\W/g, "-"), createdAt: now } });
  await adapter.create({ model: "member", data: { userId: user.id, organizationId: clinic.id, role: "owner", createdAt: now } });
  await adapter.create({ model: "session", data: { userId: user.id, token: `${email}-token`, expiresAt: now, createdAt: now, updatedAt: now } });
  return user;
}

test("deletes the rows that point at a deleted user, as ON DELETE CASCADE does", async () => {
  const { memory, adapter } = database();
  const ada = await userInClinic(adapter, "ada@example.com");
  await userInClinic(adapter, "lin@example.com");
  await adapter.delete({ model: "user", where: [{ field: "id", value: ada.id }] });
  expect(memory.counts()).toMatchObject({ user: 1, member: 1, session: 1, organization: 2 });
});

test("cascades inside a transaction and through deleteMany", async () => {
  const { memory, adapter } = database();
  await userInClinic(adapter, "ada@example.com");
  await userInClinic(adapter, "lin@example.com");
  await adapter.transaction((transaction) => transaction.deleteMany({ model: "organization", where: [] }));
  expect(memory.counts()).toMatchObject({ user: 2, organization: 0, member: 0 });
});
