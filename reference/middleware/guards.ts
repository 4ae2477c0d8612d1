// temetro's route guards (backend/src/middleware/auth.ts): session, active clinic, role permission.
import type { Request, RequestHandler, Response } from "express";
import { fromNodeHeaders } from "better-auth/node";
import type pg from "pg";
import type { Role } from "better-auth/plugins/access";

/** What the guards learn about the caller; temetro hangs the same fields on `req`. */
export type Caller = {
  user: { id: string; email: string; name: string; emailVerified: boolean };
  session: { id: string; userId: string; activeOrganizationId: string | null };
  organizationId?: string;
  /** The member row's role string, possibly several names joined by commas ("doctor,lab"). */
  memberRole?: string;
};

type SessionLookup = (headers: Headers) => Promise<{
  user: Caller["user"];
  session: { id: string; userId: string; activeOrganizationId?: string | null };
} | null>;

export type Guards = {
  requireAuth: RequestHandler;
  requireOrg: RequestHandler;
  requirePermission: (permission: Record<string, string[]>) => RequestHandler;
};

/** The caller recorded by requireAuth (and requireOrg) on this response. */
export function callerOf(res: Response): Caller {
  const caller: unknown = res.locals.caller;
  if (!caller) throw new Error("Failed to read the caller: requireAuth did not run before this handler.");
  return caller as Caller;
}

/** Build the guards over Better Auth's getSession (cookie cache included) and the member table. */
export function createGuards(options: { getSession: SessionLookup; database: pg.Pool; roles: Record<string, Role> }): Guards {
  const { getSession, database, roles } = options;
  const deny = (res: Response, status: number, error: string) => void res.status(status).json({ error });

  const requireAuth: RequestHandler = async (req: Request, res, next) => {
    const found = await getSession(fromNodeHeaders(req.headers));
    if (!found) return deny(res, 401, "Authentication required.");
    const { user, session } = found;
    res.locals.caller = {
      user: { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified },
      session: { id: session.id, userId: session.userId, activeOrganizationId: session.activeOrganizationId ?? null },
    } satisfies Caller;
    next();
  };

  const requireOrg: RequestHandler = async (_req, res, next) => {
    const caller = callerOf(res);
    const organizationId = caller.session.activeOrganizationId;
    if (!organizationId) return deny(res, 403, "No active clinic selected. Create or select a clinic first.");
    // Read fresh on every request: a role change or removal applies at once, cookie cache or not.
    const { rows } = await database.query<{ role: string }>(
      'select "role" from "member" where "organizationId" = $1 and "userId" = $2 limit 1', [organizationId, caller.user.id]);
    if (!rows[0]) return deny(res, 403, "You are not a member of the active clinic.");
    caller.organizationId = organizationId;
    caller.memberRole = rows[0].role;
    next();
  };

  const requirePermission = (permission: Record<string, string[]>): RequestHandler => (_req, res, next) => {
    const names = (callerOf(res).memberRole ?? "").split(",").map((name) => name.trim());
    // Unknown names (a legacy "viewer") grant nothing; any one role that authorizes is enough.
    const allowed = names.some((name) => roles[name]?.authorize(permission).success === true);
    if (!allowed) return deny(res, 403, "You don't have permission to do that.");
    next();
  };

  return { requireAuth, requireOrg, requirePermission };
}
