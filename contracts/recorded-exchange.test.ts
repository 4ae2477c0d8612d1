// What the reports keep of an exchange: secrets masked wherever they appear (cookies, passwords,
// tokens in bodies, links and paths), the rest readable, long runs and bodies cut.
import { expect, test } from "vitest";
import { formatExchanges } from "./exchange-format.ts";
import { recordExchange, recordExchanges } from "./recorded-exchange.ts";
import type { Exchange } from "#targets/target";

const RESET_TOKEN = "rst_9f8e7d6c5b4a";
const SESSION = "s3ss10n-v4lu3.signature";

function exchange(extra: Partial<Exchange> = {}): Exchange {
  const body = { user: { email: "a@example.test" }, session: { token: SESSION, expiresAt: "2026-12-01" }, link: `http://localhost:3000/reset-password/${RESET_TOKEN}?callbackURL=%2Fdone` };
  return {
    actor: "owner",
    request: {
      method: "POST",
      path: `/api/auth/reset-password/${RESET_TOKEN}?token=${RESET_TOKEN}`,
      headers: { cookie: `better-auth.session_token=${SESSION}; theme=dark`, origin: "http://localhost:3000", authorization: `Bearer ${SESSION}`, "user-agent": "undici" },
      body: { newPassword: "correct-horse-battery", currentPassword: "old-one", name: "Ada" },
    },
    operationId: "resetPasswordCallback",
    status: 200,
    headers: new Headers({ "content-type": "application/json", location: `/reset?token=${RESET_TOKEN}`, "x-powered-by": "express" }),
    setCookies: [`better-auth.session_token=${SESSION}; Max-Age=604800; Path=/; HttpOnly; SameSite=Lax`, "better-auth.session_data=; Max-Age=0; Path=/"],
    body,
    text: JSON.stringify(body),
    durationMs: 12.34,
    ...extra,
  };
}

test("masks cookie values, passwords, tokens in bodies, links, paths and Authorization, and nothing else", () => {
  const recorded = recordExchange(exchange(), 4);
  const serialised = JSON.stringify(recorded);
  for (const secret of [RESET_TOKEN, SESSION, "correct-horse-battery", "old-one"]) expect(serialised).not.toContain(secret);
  expect(recorded.request.path).toBe("/api/auth/reset-password/[masked]?token=[masked]");
  expect(recorded.request.headers).toEqual([
    { name: "origin", value: "http://localhost:3000" },
    { name: "cookie", value: "better-auth.session_token=[masked]; theme=[masked]" },
    { name: "authorization", value: "Bearer [masked]" },
  ]);
  expect(recorded.request.body).toBe('{"newPassword":"[masked]","currentPassword":"[masked]","name":"Ada"}');
  expect(recorded.response.headers).toEqual([
    { name: "content-type", value: "application/json" },
    { name: "location", value: "/reset?token=[masked]" },
    { name: "set-cookie", value: "better-auth.session_token=[masked]; Max-Age=604800; Path=/; HttpOnly; SameSite=Lax" },
    { name: "set-cookie", value: "better-auth.session_data=; Max-Age=0; Path=/" },
  ]);
  expect(recorded.response.body).toContain('"email":"a@example.test"');
  expect(recorded.response.body).toContain('"expiresAt":"2026-12-01"');
  expect(recorded.response.body).toContain("/reset-password/[masked]?callbackURL=%2Fdone");
  expect(recorded).toMatchObject({ index: 4, actor: "owner", durationMs: 12.3, response: { status: 200 } });
});

test("keeps an empty answer as null and cuts a long body, saying how long it was", () => {
  const long = { notes: "x".repeat(5_000) };
  const recorded = recordExchange(exchange({ status: 204, body: null, text: "", request: { method: "PUT", path: "/api/tasks/1", headers: {}, body: long } }), 1);
  expect(recorded.response.body).toBeNull();
  expect(recorded.request.body).toMatch(/^\{"notes":"x+… \(5012 characters\)$/);
  expect(recorded.request.body?.length).toBeLessThan(2_100);
});

test("keeps the first 3 and last 12 exchanges of a long check, and the text says how many were left out", () => {
  const many = Array.from({ length: 20 }, () => exchange());
  const kept = recordExchanges(many);
  expect(kept.map((item) => item.index)).toEqual([1, 2, 3, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
  const lines = formatExchanges(kept);
  expect(lines[0]).toBe("Exchanges (20), oldest first:");
  expect(lines).toContain("… 5 more exchanges …");
  expect(lines.join("\n")).not.toContain(SESSION);
});
