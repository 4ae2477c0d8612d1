// Cookie signing as Better Auth does it: HMAC-SHA-256 in base64, whichever crypto computes it, and
// remembered signatures answering like fresh ones; base64url round trips of UTF-8.
import { expect, test } from "vitest";
import { base64UrlDecode, base64UrlEncode, sign, signCookieValue, unsignCookieValue } from "./cookies.ts";

async function webCryptoHmac(value: string, secret: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return Buffer.from(await crypto.subtle.sign("HMAC", key, encoder.encode(value))).toString("base64");
}

test("signs with HMAC-SHA-256 in base64, the same on a second call", async () => {
  const expected = await webCryptoHmac("token-1.äöü", "a-secret");
  expect(await sign("token-1.äöü", "a-secret")).toBe(expected);
  expect(await sign("token-1.äöü", "a-secret")).toBe(expected);
  expect(await sign("token-1.äöü", "another-secret")).not.toBe(expected);
});

test("unsigns its own cookie values and refuses a changed value or signature", async () => {
  const signed = await signCookieValue("session-token", "a-secret");
  expect(await unsignCookieValue(signed, "a-secret")).toBe("session-token");
  expect(await unsignCookieValue(signed.replace("session", "sessiom"), "a-secret")).toBeNull();
  expect(await unsignCookieValue(signed, "another-secret")).toBeNull();
});

test("round-trips UTF-8 through base64url and answers null for what is not base64", () => {
  const text = JSON.stringify({ name: "Zoë 😀", id: "a/b+c" });
  expect(base64UrlDecode(base64UrlEncode(text))).toBe(text);
  expect(base64UrlDecode("%%%")).toBeNull();
});
