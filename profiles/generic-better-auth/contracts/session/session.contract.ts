// SESSION: the session read and sign-out. Signed out, get-session is 200 with `null` (the seed's
// `{user: null, session: null}` at /session is decided in the profile's log); signed in, the user
// carries the app's plan; sign-out ends the session and expires the cookies.
import { describe, expect } from "vitest";
import { checkSignedOutSession, checkSignOut } from "#contracts/better-auth-app-checks";
import { check } from "#contracts/harness";
import { bodyOf, verifiedUser } from "../profile-states.ts";

describe("GET /api/auth/get-session", () => {
  checkSignedOutSession();

  check("SESSION-USER-PLAN", "answers a signed-in caller with the session and the user, plan included", async ({ given }) => {
    const { actor, identity, userId } = await given(verifiedUser("session"));
    const body = bodyOf(await actor.request("/api/auth/get-session"), "getSession", 200);
    expect(body?.user).toMatchObject({ id: userId, email: identity.email, plan: "free" });
    expect(body?.session.userId).toBe(userId);
  });
});

describe("POST /api/auth/sign-out", () => {
  checkSignOut(verifiedUser);
});
