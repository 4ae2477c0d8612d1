// update-member-role's empty role list: Better Auth's bodiless 400, still labelled application/json.
import { expect, test } from "vitest";
import { demoMock, rawRequest, signedInAs } from "#targets/testing/test-client";

test("labels Better Auth's bodiless errors application/json, as Better Auth does", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const refused = await rawRequest(api, "POST", "/api/auth/organization/update-member-role", {
    client: owner,
    headers: { origin: "http://localhost:3000", "content-type": "application/json" },
    body: JSON.stringify({ memberId: "", role: "" }),
  });
  expect(refused).toMatchObject({ status: 400, text: "" });
  expect(refused.headers.get("content-type")).toBe("application/json");
});
