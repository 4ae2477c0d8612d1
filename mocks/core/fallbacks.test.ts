// What the mock answers outside the contract's operations: unlisted methods (D36), malformed
// escapes (D37) and preflights from disallowed origins (D41).
import { expect, test } from "vitest";
import { demoMock, rawRequest, signedInAs } from "#targets/testing/test-client";

const FOREIGN = "https://attacker.example";

test("answers TRACE as an unknown route: Better Auth's empty 404, temetro's guards then its 404 (D36)", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  expect(await rawRequest(api, "TRACE", "/api/auth/get-session", { client: owner })).toMatchObject({ status: 404, text: "" });
  expect(await rawRequest(api, "TRACE", "/api/patients")).toMatchObject({ status: 401, text: '{"error":"Authentication required."}' });
  expect(await rawRequest(api, "TRACE", "/api/patients", { client: owner })).toMatchObject({ status: 404, text: '{"error":"Not found"}' });
  expect(await rawRequest(api, "TRACE", "/health")).toMatchObject({ status: 404, text: '{"error":"Not found"}' });
});

test("answers a path parameter that does not decode with 400 after the session check, before the permission check (D37)", async () => {
  const { api, seed } = await demoMock();
  expect((await rawRequest(api, "GET", "/api/patients/%zz")).status).toBe(401);
  for (const role of ["owner", "reception"]) {
    expect(await rawRequest(api, "DELETE", "/api/patients/%zz", { client: await signedInAs(api, seed, role) })).toMatchObject({ status: 400, text: '{"error":"Malformed URL."}' });
  }
});

test("hands a preflight from a disallowed origin to the routes, without CORS headers (D41)", async () => {
  const { api, seed } = await demoMock();
  const preflight = { origin: FOREIGN, "access-control-request-method": "POST" };
  const auth = await rawRequest(api, "OPTIONS", "/api/auth/sign-in/email", { headers: preflight });
  expect(auth).toMatchObject({ status: 404, text: "" });
  const patients = await rawRequest(api, "OPTIONS", "/api/patients", { headers: preflight });
  expect(patients).toMatchObject({ status: 401, text: '{"error":"Authentication required."}' });
  expect(patients.headers.get("access-control-allow-origin")).toBeNull();
  const signedIn = await rawRequest(api, "OPTIONS", "/api/patients", { headers: preflight, client: await signedInAs(api, seed, "owner") });
  expect(signedIn).toMatchObject({ status: 200, text: "GET, HEAD, POST" });
  const allowed = await rawRequest(api, "OPTIONS", "/api/patients", { headers: { ...preflight, origin: "http://localhost:3000" } });
  expect(allowed.status).toBe(204);
  expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
});
