// REGISTER: the document's registration. One request creates an organization (its slug from the
// name, AJ11) and its admin, email not verified; the verification email is sent and nobody is
// signed in. Field lengths are the document's; an email registered already is a 409 (AJ10).
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { newIdentity } from "#targets/identities";
import { MESSAGES } from "#profiles/authjs-org-saas/config/organization-rules";
import { authjsCookieNames, bodyOf, registerBodyOf, registeredAdmin } from "../profile-states.ts";
import type { RegisterBody } from "../profile-states.ts";

/** The document's length rules, as the boundaries a check walks: the shortest and longest accepted. */
const LENGTHS: ReadonlyArray<{ field: keyof RegisterBody; min: number; max: number }> = [
  { field: "organizationName", min: 2, max: 255 },
  { field: "firstName", min: 1, max: 100 },
  { field: "lastName", min: 1, max: 100 },
  { field: "password", min: 6, max: 100 },
];

/** A value of exactly `length` characters, `contract-`-prefixed where it fits so a deployment's operator can tell it is the suite's. */
const ofLength = (length: number) => (length >= 9 ? `contract-${"x".repeat(length - 9)}` : "x".repeat(length));

describe("POST /api/auth/register", () => {
  check("REGISTER-CREATED", "answers 201 with success, the message, the admin user and the organization {id, name, slug}, and sets no session cookie", async ({ given, target }) => {
    const { body, answer, registration } = await given(registeredAdmin("register"));
    expect(answer).toMatchObject({ success: true, message: MESSAGES.registered, user: { email: body.email, firstName: body.firstName, lastName: body.lastName }, organization: { name: body.organizationName } });
    expect(answer.organization.slug).toBe(body.organizationName.toLowerCase());
    expect(registration.setCookies.filter((cookie) => cookie.startsWith(`${authjsCookieNames(target).session}=`))).toEqual([]);
  });

  check("REGISTER-SENDS-VERIFICATION", "sends one verification email whose link carries its token", async ({ given, target }) => {
    const { identity } = await given(registeredAdmin("mail"));
    const mails = (await target.mailbox(identity.email)).filter((mail) => mail.kind === "verify-email");
    expect(mails).toHaveLength(1);
    expect(new URL(mails[0]?.url ?? "").searchParams.get("token")).toBe(mails[0]?.token);
  }, { requires: ["mailbox"] });

  check("REGISTER-DUPLICATE-EMAIL", "refuses an email registered already (in any case) with 409 and no second email (AJ10)", async ({ given, actor, target }) => {
    const { identity } = await given(registeredAdmin("first"));
    const again = await actor("second").request("/api/auth/register", { json: registerBodyOf({ ...identity, email: identity.email.toUpperCase() }, "second") });
    expect(bodyOf(again, "register", 409)).toEqual({ success: false, error: MESSAGES.emailTaken });
    if (target.capabilities.mailbox) expect((await target.mailbox(identity.email)).filter((mail) => mail.kind === "verify-email")).toHaveLength(1);
  });

  check("REGISTER-SLUG-TAKEN", "gives a second organization of the same name the slug with -2 (AJ11)", async ({ given }) => {
    const { body: first, answer } = await given(registeredAdmin("slug"));
    const { answer: second } = await given(registeredAdmin("same name", { organizationName: first.organizationName }));
    expect(second.organization.slug).toBe(`${answer.organization.slug}-2`);
    expect(second.organization.id).not.toBe(answer.organization.id);
  });

  check("REGISTER-FIELD-LENGTHS", "accepts each field at its shortest and longest length and refuses one character fewer or more with 400 naming the field", async ({ given, actor }) => {
    const client = actor("lengths");
    for (const { field, min, max } of LENGTHS) {
      for (const [length, accepted] of [[min - 1, false], [min, true], [max, true], [max + 1, false]] as const) {
        const fields = { [field]: ofLength(length) };
        if (accepted) {
          await given(registeredAdmin(`${field} of ${length}`, fields));
          continue;
        }
        const refused = bodyOf(await client.request("/api/auth/register", { json: { ...registerBodyOf(newIdentity("lengths"), "lengths"), ...fields } }), "register", 400);
        expect(refused.error, `${field} of ${length} characters`).toBe(MESSAGES.validationFailed);
        expect(refused.details?.map((detail) => detail.path), `${field} of ${length} characters`).toEqual([field]);
      }
    }
  });

  check("REGISTER-LONG-EMAIL", "accepts an email address longer than 255 characters: the document limits the other fields, not the email (AJ11)", async ({ given }) => {
    const unique = newIdentity("long").email;
    const email = `${"x".repeat(260)}.${unique}`;
    const { answer } = await given(registeredAdmin("long email", { email }));
    expect(answer.user.email).toBe(email.toLowerCase());
  });

  check("REGISTER-INVALID-INPUT", "refuses a missing field, an invalid email and malformed JSON with 400 and details", async ({ actor }) => {
    const client = actor("invalid");
    const { email: _, ...withoutEmail } = registerBodyOf(newIdentity("invalid"), "invalid");
    const missing = bodyOf(await client.request("/api/auth/register", { json: withoutEmail }), "register", 400);
    expect(missing.details?.map((detail) => detail.path)).toEqual(["email"]);
    const badEmail = bodyOf(await client.request("/api/auth/register", { json: { ...withoutEmail, email: "not-an-email" } }), "register", 400);
    expect(badEmail.details?.map((detail) => detail.path)).toEqual(["email"]);
    const malformed = bodyOf(await client.request("/api/auth/register", { body: "{\"organizationName\":" }), "register", 400);
    expect(malformed.error).toBe(MESSAGES.validationFailed);
  });
});
