// The reference's password hash: salted (two hashes of one password differ), and only the password matches.
import { expect, test } from "vitest";
import { hashPassword, verifyPassword } from "./password-hash.ts";

test("matches the password it was made from and nothing else", async () => {
  const [first, second] = [await hashPassword("securepassword123"), await hashPassword("securepassword123")];
  expect(first).not.toBe(second);
  expect(first).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
  expect(await verifyPassword({ hash: first, password: "securepassword123" })).toBe(true);
  expect(await verifyPassword({ hash: second, password: "securepassword124" })).toBe(false);
  expect(await verifyPassword({ hash: "plain-text", password: "plain-text" })).toBe(false);
});
