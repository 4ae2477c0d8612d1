// How the mock reads a temetro body: as express.json() does, only when it is sent as application/json (D39).
import { expect, test } from "vitest";
import { demoMock, rawRequest, signedInAs } from "#targets/testing/test-client";
import { utf8LongerThan } from "./request-body.ts";

test("reads a body sent as text/plain as no body, and an empty JSON body as {} (D39)", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const asText = await rawRequest(api, "POST", "/api/patients", { client: owner, headers: { origin: "http://localhost:3000", "content-type": "text/plain" }, body: '{"name":"Grace Obi"}' });
  expect(asText.status).toBe(400);
  expect(JSON.parse(asText.text)).toEqual({ error: "Validation failed", details: [{ expected: "object", code: "invalid_type", path: [], message: "Invalid input: expected object, received undefined" }] });
  const empty = await rawRequest(api, "POST", "/api/patients", { client: owner, headers: { "content-type": "application/json" }, body: "" });
  expect(JSON.parse(empty.text)).toMatchObject({ details: [{ code: "invalid_type", path: ["name"] }] });
});

test.each<[string, string, number, boolean]>([
  ["one byte a unit, at the limit", "a".repeat(12), 12, false],
  ["one byte a unit, past the limit", "a".repeat(13), 12, true],
  ["three bytes a unit, in the band where it is encoded", "€".repeat(4), 12, false],
  ["three bytes a unit, past the limit in bytes though not in units", "€".repeat(5), 12, true],
  ["a surrogate pair takes four bytes", "😀".repeat(3), 12, false],
  ["a surrogate pair past the limit", "😀".repeat(3) + "a", 12, true],
  ["a short text never reaches the encoder's band", "€", 12, false],
])("utf8LongerThan: %s", (_name, text, limit, longer) => {
  expect(utf8LongerThan(text, limit)).toBe(longer);
  expect(new TextEncoder().encode(text).length > limit).toBe(longer);
});
