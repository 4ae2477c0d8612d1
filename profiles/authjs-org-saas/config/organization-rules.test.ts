import { expect, test } from "vitest";
import { mailOf, slugOf, uniqueSlug } from "./organization-rules.ts";

test("makes a slug of lower-case letters and digits with single dashes between", () => {
  expect(slugOf("My Company")).toBe("my-company");
  expect(slugOf("  Café & Co. -- Berlin! ")).toBe("cafe-co-berlin");
  expect(slugOf("***")).toBe("organization");
});

test("numbers a taken slug from 2", () => {
  const taken = new Set(["acme", "acme-2"]);
  expect(uniqueSlug("acme", (slug) => taken.has(slug))).toBe("acme-3");
  expect(uniqueSlug("other", (slug) => taken.has(slug))).toBe("other");
});

test("points an emailed link at the frontend's page of its kind, with the token in the query", () => {
  const mail = mailOf("reset-password", "ada@example.com", "t0k3n", "http://localhost:3000");
  expect(mail).toEqual({ to: "ada@example.com", kind: "reset-password", subject: "Reset your password", url: "http://localhost:3000/reset-password?token=t0k3n", token: "t0k3n" });
});
