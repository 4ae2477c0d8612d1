// Set-Cookie lists merged as Better Auth merges a response's headers.
import { expect, test } from "vitest";
import { mergeSetCookies, withEarlierCookies } from "./merge-set-cookies.ts";

test("mergeSetCookies drops earlier entries of a cookie the later list expires, and keeps the rest in order", () => {
  const merged = mergeSetCookies(["a=1; Path=/", "b=2; Path=/"], ["a=; Max-Age=0; Path=/", "c=3; Path=/"]);
  expect(merged).toEqual(["b=2; Path=/", "a=; Max-Age=0; Path=/", "c=3; Path=/"]);
});

test("withEarlierCookies leaves a reply untouched when no earlier cookie was set", () => {
  const reply = { status: 200, body: {} };
  expect(withEarlierCookies([], reply)).toBe(reply);
});
