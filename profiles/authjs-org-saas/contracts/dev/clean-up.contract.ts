// DEV: the suite's clean-up route (AJ15), which every registration's undo step calls: it deletes the
// organization with its admin, whose sign-in is then refused. A deployment without it (production)
// skips this check, and its report lists the suite's registrations as left behind.
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { bodyOf, isAlreadyDeleted, locationOf, registeredAdmin, signInWith } from "../profile-states.ts";

describe("DELETE /__dev/organizations/{id}", () => {
  check("DEV-DELETE-ORGANIZATION", "deletes an organization with its admin (204; the admin's sign-in is refused), and answers the same id again 404 Not found", async ({ given, actor, target, skip }) => {
    const { identity, answer } = await given(registeredAdmin("deleted"));
    const path = `/__dev/organizations/${answer.organization.id}`;
    const deleted = await actor("operator").request(path, { method: "DELETE" });
    if (deleted.status !== 204 && !isAlreadyDeleted(deleted)) skip(`the target serves no dev clean-up route (DELETE answered ${deleted.status}; AJ15)`);
    expect(deleted.status).toBe(204);
    const signIn = await signInWith(actor("admin"), identity);
    expect(locationOf(signIn, target).searchParams.get("error")).toBe("CredentialsSignin");
    expect(bodyOf(await actor("operator").request(path, { method: "DELETE" }), "deleteOrganization", 404)).toEqual({ success: false, error: "Not found" });
  });
});
