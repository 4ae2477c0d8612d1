// How the mock reads a temetro body: as express.json() does, only when it is sent as application/json (D39).
import { expect, test } from "vitest";
import { demoMock, rawRequest, signedInAs } from "#targets/testing/test-client";

test("reads a body sent as text/plain as no body, and an empty JSON body as {} (D39)", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const asText = await rawRequest(api, "POST", "/api/patients", { client: owner, headers: { origin: "http://localhost:3000", "content-type": "text/plain" }, body: '{"name":"Grace Obi"}' });
  expect(asText.status).toBe(400);
  expect(JSON.parse(asText.text)).toEqual({ error: "Validation failed", details: [{ expected: "object", code: "invalid_type", path: [], message: "Invalid input: expected object, received undefined" }] });
  const empty = await rawRequest(api, "POST", "/api/patients", { client: owner, headers: { "content-type": "application/json" }, body: "" });
  expect(JSON.parse(empty.text)).toMatchObject({ details: [{ code: "invalid_type", path: ["name"] }] });
});
