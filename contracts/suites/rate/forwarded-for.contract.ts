// RATE: where the client IP comes from. The contract (x-rate-limits.clientIpHeaders) takes a single
// X-Forwarded-For value as sent, which lets any client pick its own rate-limit bucket: reported as
// a security advisory whenever the target does it.
import { describe, expect } from "vitest";
import { bodyOf } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { signedInUser } from "#contracts/states/index";

describe("client IP", () => {
  check("RATE-CLIENT-IP-FORWARDED-FOR", "takes the client IP from a single X-Forwarded-For value", async ({ given, advise, skip }) => {
    const user = await given(signedInUser);
    const session = bodyOf(await user.actor.request("/api/auth/get-session"), "getSession", 200);
    const recorded = session?.session.ipAddress;
    if (recorded === undefined || recorded === null) skip("the target records no ipAddress on the session");
    expect(recorded).toBe(user.actor.clientIp);
    advise("ADVISORY-XFF-TRUSTED", "high",
      `Rate limits are keyed on a client-supplied X-Forwarded-For (sent ${user.actor.clientIp}, the session recorded ${recorded}): `
      + "a client that changes the header escapes every limit, sign-in brute force included.",
      "Put a proxy in front that overwrites X-Forwarded-For, or set Better Auth's advanced.ipAddress options to a header only the proxy sets.");
  }, { requires: ["own-client-ip"] });
});
