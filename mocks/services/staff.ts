// Admin-provisioned staff (temetro routes/staff.ts): the clinic's members with their usernames and
// specialties, and accounts created server-side through Better Auth's sign-up (no HTTP rate limit).
import { betterAuthError, type components } from "#openapi";
import { MEMBERSHIP_LIMIT } from "../core/config.ts";
import type { MockContext } from "../core/context.ts";
import { failTemetro, failTemetroRelaying, ReplyError } from "../core/reply.ts";
import type { MemberRecord } from "../core/store.ts";
import { createSession } from "../core/sessions.ts";
import { createAccount } from "./accounts.ts";
import { sendVerificationEmail } from "./email-verification.ts";
import { addMember, findMember, membersOf } from "./memberships.ts";
import { checkTrimmedLengths } from "./trimmed-lengths.ts";
import { fieldsEqual } from "../core/fields-equal.ts";

type Schemas = components["schemas"];
type CreateStaffRequest = Schemas["CreateStaffRequest"];

type ProviderRole = Schemas["Provider"]["role"];

/** Roles whose holders can be a patient's primary provider; the role string must be exactly one of them. */
const PROVIDER_ROLES: readonly string[] = ["owner", "admin", "doctor", "member"] satisfies ProviderRole[];
const isProviderRole = (role: string): role is ProviderRole => PROVIDER_ROLES.includes(role);

const specialtyKey = (organizationId: string, userId: string): string => `${organizationId} ${userId}`;

/** A member's specialty in a clinic, or null. */
export const specialtyOf = (ctx: MockContext, organizationId: string, userId: string): string | null =>
  ctx.store.specialties.get(specialtyKey(organizationId, userId)) ?? null;

/** Stores a specialty: blank clears it (null), anything else is kept trimmed. */
export function setSpecialty(ctx: MockContext, organizationId: string, userId: string, specialty: string | null): string | null {
  const value = specialty === null || specialty.trim() === "" ? null : specialty.trim();
  ctx.store.specialties.set(specialtyKey(organizationId, userId), value);
  return value;
}

/** The clinic's member row of a user; 404 MEMBER_NOT_FOUND otherwise. */
export const requireStaffMember = (ctx: MockContext, organizationId: string, userId: string): MemberRecord =>
  findMember(ctx, organizationId, userId) ?? failTemetro("MEMBER_NOT_FOUND");

function byName<T extends { name: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function withUser(ctx: MockContext, member: MemberRecord) {
  const user = ctx.store.users.findFirst(fieldsEqual({ id: member.userId }), { strict: true });
  return { member, user, specialty: specialtyOf(ctx, member.organizationId, member.userId) };
}

/** The clinic's providers, by name. */
export function listProviders(ctx: MockContext, organizationId: string): Array<Schemas["Provider"]> {
  const rows: Array<Schemas["Provider"]> = [];
  for (const member of membersOf(ctx, organizationId)) {
    const role = member.role;
    if (!isProviderRole(role)) continue;
    const { user, specialty } = withUser(ctx, member);
    rows.push({ userId: member.userId, name: user.name, role, specialty });
  }
  return byName(rows);
}

/** Every member of the clinic with username and specialty, by name. */
export function listStaff(ctx: MockContext, organizationId: string): Array<Schemas["StaffMember"]> {
  const rows = membersOf(ctx, organizationId)
    .map((member) => withUser(ctx, member))
    .map(({ member, user, specialty }) => ({
      id: member.id, userId: member.userId, role: member.role, name: user.name, email: user.email, username: user.username ?? null, specialty,
    }));
  return byName(rows);
}

/**
 * Creates the account with Better Auth's sign-up as a server-side call (a session with no IP, and
 * the verification email to the address used), then adds it to the clinic. A refusal by Better
 * Auth is 400 with its message.
 */
export async function provisionStaff(ctx: MockContext, organizationId: string, input: CreateStaffRequest): Promise<Schemas["CreatedStaff"]> {
  checkTrimmedLengths("CreateStaffRequest", { name: input.name, username: input.username });
  const clinic = ctx.store.organizations.findFirst(fieldsEqual({ id: organizationId })) ?? failTemetro("CLINIC_NOT_FOUND");
  const username = input.username.trim();
  const email = input.email?.trim() || `${username.toLowerCase()}@${clinic.slug}.temetro.local`;
  const name = input.name.trim();
  let userId: string;
  try {
    const user = await createAccount(ctx, { name, email, password: input.password, username });
    await sendVerificationEmail(ctx, user);
    await createSession(ctx, user.id, { ipAddress: "", userAgent: null });
    userId = user.id;
  } catch (error) {
    if (!(error instanceof ReplyError)) throw error;
    const body: unknown = error.reply.body;
    const message: unknown = typeof body === "object" && body !== null ? Reflect.get(body, "message") : undefined;
    failTemetroRelaying(message, "ACCOUNT_NOT_CREATED");
  }
  // Decision D23: past Better Auth's membership limit temetro's addMember throws (a 500); the contract answers 400.
  if (membersOf(ctx, organizationId).length >= MEMBERSHIP_LIMIT) failTemetroRelaying(betterAuthError("ORGANIZATION_MEMBERSHIP_LIMIT_REACHED").message, "ACCOUNT_NOT_ADDED");
  await addMember(ctx, { organizationId, userId, role: input.role });
  return { userId, name, email, username: username.toLowerCase(), role: input.role };
}
