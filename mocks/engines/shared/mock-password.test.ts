import { expect, test } from "vitest";
import { hashMockPassword, verifyMockPassword } from "./mock-password.ts";

test("verifies the password a hash was made from, and no other", async () => {
  const hash = await hashMockPassword("correct horse battery");
  expect(await verifyMockPassword({ hash, password: "correct horse battery" })).toBe(true);
  expect(await verifyMockPassword({ hash, password: "correct horse batterY" })).toBe(false);
});

test("salts each hash, so one password gives two different hashes", async () => {
  expect(await hashMockPassword("same password")).not.toBe(await hashMockPassword("same password"));
});

test("refuses a hash it did not make (a scrypt hash of Better Auth's own)", async () => {
  expect(await verifyMockPassword({ hash: "0f1e2d3c:abcdef", password: "anything" })).toBe(false);
});
