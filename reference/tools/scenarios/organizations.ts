// Clinics (organizations) on the wire: create, activate, invite, accept, roles, removal, deletion.
import type { Actor, Reply, WireRecorder } from "../wire-recorder.ts";
import { signUp } from "./accounts.ts";

const ORG = "/api/auth/organization";

function field(reply: Reply, ...path: string[]): string {
  let value: unknown = reply.body;
  for (const key of path) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  if (typeof value !== "string") throw new Error(`Failed to capture: ${path.join(".")} missing in ${reply.text}`);
  return value;
}

/** Every organization route temetro's frontend uses, with the errors its rules produce. */
export async function captureOrganizations(wire: WireRecorder): Promise<void> {
  const olivia = wire.actor("olivia");
  const adam = wire.actor("adam");
  const dora = wire.actor("dora");
  const rita = wire.actor("rita");
  const nina = wire.actor("nina");
  const oscar = wire.actor("oscar");
  for (const who of [olivia, adam, dora, rita, nina, oscar]) await signUp(wire, who, `sign-up (${who.name})`);
  const post = (who: Actor, title: string, path: string, body: unknown, expect?: number, extra: object = {}) =>
    wire.send(who, { title, method: "POST", path: ORG + path, body, expect, ...extra });
  const get = (who: Actor, title: string, path: string, expect?: number) => wire.send(who, { title, method: "GET", path: ORG + path, expect });
  const slug = `clinic-${Date.now().toString(36)}`;

  await post(olivia, "check-slug for a free slug", "/check-slug", { slug }, 200);
  const created = await post(olivia, "create (caller becomes owner)", "/create", { name: "Olivia's Clinic", slug }, 200);
  const clinic = field(created, "id");
  await post(oscar, "create with a slug already taken", "/create", { name: "Copycat", slug }, 400);
  await post(oscar, "create from a foreign Origin", "/create", { name: "Evil", slug: `${slug}-evil` }, 403, { origin: "https://evil.example" });
  await post(oscar, "check-slug for a taken slug", "/check-slug", { slug }, 400);
  await wire.send(olivia, { title: "get-session right after create (cookie cache: no active clinic yet)", method: "GET", path: "/api/auth/get-session", expect: 200 });
  await post(olivia, "set-active", "/set-active", { organizationId: clinic }, 200);
  await wire.send(olivia, { title: "get-session after set-active", method: "GET", path: "/api/auth/get-session", expect: 200 });
  await get(olivia, "list", "/list", 200);
  await get(olivia, "get-full-organization (active clinic)", "/get-full-organization", 200);
  await get(olivia, "get-organization", `/get-organization?organizationId=${clinic}`, 200);
  await get(olivia, "get-active-member", "/get-active-member", 200);
  await get(olivia, "get-active-member-role", "/get-active-member-role", 200);
  await post(olivia, "update the clinic's name", "/update", { data: { name: "Olivia's Family Clinic" } }, 200);
  await post(olivia, "has-permission patient:delete as owner", "/has-permission", { permissions: { patient: ["delete"] } }, 200);

  const adamInvite = await post(olivia, "invite-member as admin", "/invite-member", { email: adam.email, role: "admin" }, 200);
  await get(adam, "list-user-invitations before verifying the email", "/list-user-invitations", 403);
  const verify = (await wire.outbox(adam.email)).find((mail) => mail.kind === "verify-email")!;
  const verifyLink = new URL(verify.url);
  await wire.send(adam, { title: "verify-email via the emailed link (adam)", method: "GET", path: verifyLink.pathname + verifyLink.search, expect: 302 });
  await get(adam, "list-user-invitations", "/list-user-invitations", 200);
  const adamInvitation = field(adamInvite, "id");
  await get(adam, "get-invitation (as the invitee)", `/get-invitation?id=${adamInvitation}`, 200);
  await get(oscar, "get-invitation as someone else", `/get-invitation?id=${adamInvitation}`, 403);
  await post(oscar, "accept-invitation meant for someone else", "/accept-invitation", { invitationId: adamInvitation }, 403);
  await post(adam, "accept-invitation", "/accept-invitation", { invitationId: adamInvitation }, 200);
  await wire.send(adam, { title: "get-session right after accept-invitation (cookie cache)", method: "GET", path: "/api/auth/get-session", expect: 200 });
  await post(adam, "set-active (adam)", "/set-active", { organizationId: clinic }, 200);

  const doraInvite = await post(adam, "invite-member as doctor, by an admin", "/invite-member", { email: dora.email, role: "doctor" }, 200);
  await post(adam, "invite-member with role owner, by an admin", "/invite-member", { email: `owner2-${Date.now()}@example.com`, role: "owner" }, 403);
  await post(olivia, "invite-member with an unknown role", "/invite-member", { email: `x-${Date.now()}@example.com`, role: "superuser" }, 400);
  await post(olivia, "invite-member someone already invited", "/invite-member", { email: dora.email, role: "doctor" }, 400);
  await post(olivia, "invite-member someone already invited, resend", "/invite-member", { email: dora.email, role: "doctor", resend: true }, 200);
  await post(olivia, "invite-member someone already a member", "/invite-member", { email: adam.email, role: "doctor" }, 400);
  const ninaInvite = await post(olivia, "invite-member with role owner, by the owner", "/invite-member", { email: nina.email, role: "owner" }, 200);
  const ritaInvite = await post(olivia, "invite-member as reception", "/invite-member", { email: rita.email, role: "reception" }, 200);
  await get(olivia, "list-invitations", "/list-invitations", 200);

  await post(dora, "accept-invitation (dora, email not verified)", "/accept-invitation", { invitationId: field(doraInvite, "id") }, 200);
  await post(dora, "set-active (dora)", "/set-active", { organizationId: clinic }, 200);
  await post(dora, "invite-member by a doctor", "/invite-member", { email: `y-${Date.now()}@example.com`, role: "reception" }, 403);
  await post(dora, "has-permission member:delete as doctor", "/has-permission", { permissions: { member: ["delete"] } }, 200);
  await post(rita, "reject-invitation", "/reject-invitation", { invitationId: field(ritaInvite, "id") }, 200);
  const ritaAgain = await post(olivia, "invite-member reception again", "/invite-member", { email: rita.email, role: "reception" }, 200);
  await post(olivia, "cancel-invitation", "/cancel-invitation", { invitationId: field(ritaAgain, "id") }, 200);
  await post(rita, "accept-invitation that was canceled", "/accept-invitation", { invitationId: field(ritaAgain, "id") }, 400);

  await post(oscar, "set-active a clinic the caller is not in", "/set-active", { organizationId: clinic }, 403);
  await post(oscar, "set-active an unknown id", "/set-active", { organizationId: "no-such-clinic" }, 403);
  await get(oscar, "get-full-organization of a foreign clinic", `/get-full-organization?organizationId=${clinic}`, 403);
  await get(oscar, "get-active-member with no active clinic", "/get-active-member", 400);

  const members = await get(olivia, "list-members", "/list-members", 200);
  const memberOf = (who: Actor) => {
    const list = (members.body as { members: Array<{ id: string; userId: string }> }).members;
    return list.find((member) => member.userId === who.userId)!.id;
  };
  await get(olivia, "get-active-member-role of another member", `/get-active-member-role?userId=${dora.userId}`, 200);
  await post(dora, "remove-member by a doctor", "/remove-member", { memberIdOrEmail: memberOf(adam) }, 401);
  await post(adam, "update-member-role of the owner, by an admin", "/update-member-role", { memberId: memberOf(olivia), role: "member" }, 403);
  await post(adam, "update-member-role to owner, by an admin", "/update-member-role", { memberId: memberOf(dora), role: "owner" }, 403);
  await post(adam, "update-member-role to two roles", "/update-member-role", { memberId: memberOf(dora), role: ["doctor", "lab"] }, 200);
  await get(dora, "get-active-member-role with two roles", "/get-active-member-role", 200);
  await post(dora, "update-member-role by a doctor", "/update-member-role", { memberId: memberOf(adam), role: "member" }, 403);
  await post(olivia, "update-member-role of the only owner, by itself", "/update-member-role", { memberId: memberOf(olivia), role: "admin" }, 400);
  await post(adam, "remove-member the only owner, by an admin", "/remove-member", { memberIdOrEmail: memberOf(olivia) }, 400);
  await post(olivia, "leave as the only owner", "/leave", { organizationId: clinic }, 400);

  await post(nina, "accept-invitation as owner (second owner)", "/accept-invitation", { invitationId: field(ninaInvite, "id") }, 200);
  await post(adam, "remove-member an owner, by an admin", "/remove-member", { memberIdOrEmail: nina.email }, 400);
  await post(nina, "leave (second owner)", "/leave", { organizationId: clinic }, 200);
  await post(olivia, "remove-member by email, by the owner", "/remove-member", { memberIdOrEmail: dora.email }, 200);
  await wire.send(dora, { title: "get-session after being removed (active clinic kept in the cookie)", method: "GET", path: "/api/auth/get-session", expect: 200 });

  await wire.send(adam, { title: "sign-out (adam)", method: "POST", path: "/api/auth/sign-out", expect: 200 });
  await wire.send(adam, { title: "sign-in/email: the new session lands in a clinic of the user", method: "POST", path: "/api/auth/sign-in/email",
    body: { email: adam.email, password: adam.password }, expect: 200 });
  await wire.send(adam, { title: "get-session of the new session", method: "GET", path: "/api/auth/get-session", expect: 200 });
  await post(adam, "delete the clinic, by an admin", "/delete", { organizationId: clinic }, 403);
  await post(olivia, "set-active null (no active clinic)", "/set-active", { organizationId: null }, 200);
  await post(olivia, "delete the clinic, by the owner", "/delete", { organizationId: clinic }, 200);
  await get(olivia, "list after deleting the only clinic", "/list", 200);
}
