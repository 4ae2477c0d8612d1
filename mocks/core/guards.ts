// temetro's router guards (middleware/auth.ts): requireAuth and requireOrg, from the operation's
// x-rules rather than written out per route. They guard a whole router (every path under its
// mount); requirePermission belongs to the route itself (pipeline/permission.ts).
import type { Operation, TemetroErrorKey } from "#openapi";
import type { MockContext } from "./context.ts";
import { ReplyError, temetroReply } from "./reply.ts";
import { lookupSession, type SessionLookup } from "./sessions.ts";
import type { MemberRecord } from "./store.ts";
import type { RequestHeaders } from "./mock-request.ts";
import { fieldsEqual } from "./fields-equal.ts";

export type GuardResult = { session: SessionLookup | null; member: MemberRecord | null };
type RouterRules = Pick<Operation["rules"], "session" | "activeClinic">;

const deny = (key: TemetroErrorKey): never => {
  throw new ReplyError(temetroReply(key));
};

/** Runs requireAuth and requireOrg as the rules ask; throws the 401/403 reply when one refuses. */
export async function applyRouterGuards(ctx: MockContext, rules: RouterRules, headers: RequestHeaders): Promise<GuardResult> {
  if (rules.session === "none") return { session: null, member: null };
  // auth.api.getSession on the server: the cookie cache applies, but its cookies never reach the client.
  const session = await lookupSession(ctx, headers);
  if (session === null) return rules.session === "required" ? deny("AUTHENTICATION_REQUIRED") : { session: null, member: null };
  if (rules.activeClinic !== "required") return { session, member: null };
  const organizationId = session.session.activeOrganizationId;
  if (!organizationId) return deny("NO_ACTIVE_CLINIC");
  // The member row is read fresh on every request, so role changes apply at once.
  const member = ctx.store.members.findFirst(fieldsEqual({ organizationId, userId: session.user.id })) ?? null;
  if (member === null) return deny("NOT_A_MEMBER_OF_ACTIVE_CLINIC");
  return { session, member };
}
