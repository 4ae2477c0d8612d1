// /api/staff (temetro routes/staff.ts) behind temetro's guards: admin-provisioned username accounts
// created with Better Auth's server-side sign-up, providers, specialties and admin-set passwords.
import { Router } from "express";
import type { Response } from "express";
import { callerOf } from "../middleware/guards.ts";
import type { Guards } from "../middleware/guards.ts";
import { HttpError } from "../middleware/errors.ts";
import type { Auth } from "../auth.ts";
import { passwordInputSchema, specialtyInputSchema, staffInputSchema } from "../clinic/communication-validation.ts";
import type { ClinicDeps } from "./patients.ts";

const PROVIDER_ROLES = ["owner", "admin", "doctor", "member"];

const MEMBERS = `from "member" m join "user" u on u."id" = m."userId"
  left join "staff_profile" p on p."userId" = m."userId" and p."organizationId" = m."organizationId"
  where m."organizationId" = $1`;

/** Better Auth's reason for refusing a server-side call (its APIError body), else the error's message. */
function refusalOf(error: unknown, fallback: string): string {
  const body: unknown = typeof error === "object" && error !== null ? Reflect.get(error, "body") : undefined;
  const message: unknown = typeof body === "object" && body !== null ? Reflect.get(body, "message") : undefined;
  if (typeof message === "string" && message !== "") return message;
  return error instanceof Error && error.message !== "" ? error.message : fallback;
}

/** The staff routes; `auth` creates accounts and sets passwords server-side. */
export function staffRouter({ requireAuth, requireOrg, requirePermission }: Guards, { database }: ClinicDeps, auth: Auth): Router {
  const router = Router();
  router.use(requireAuth, requireOrg);
  const clinicOf = (res: Response) => callerOf(res).organizationId ?? "";
  const requireMember = async (organizationId: string, userId: string) => {
    const { rowCount } = await database.query('select 1 from "member" where "organizationId" = $1 and "userId" = $2', [organizationId, userId]);
    if (!rowCount) throw new HttpError(404, "Member not found.");
  };

  router.get("/providers", async (_req, res) => {
    const { rows } = await database.query(
      `select m."userId", u."name", m."role", p."specialty" ${MEMBERS} and m."role" = any($2::text[]) order by u."name" asc`, [clinicOf(res), PROVIDER_ROLES]);
    res.json(rows);
  });

  router.get("/", requirePermission({ member: ["create"] }), async (_req, res) => {
    const { rows } = await database.query(
      `select m."id", m."userId", m."role", u."name", u."email", u."username", p."specialty" ${MEMBERS} order by u."name" asc`, [clinicOf(res)]);
    res.json(rows);
  });

  router.post("/", requirePermission({ member: ["create"] }), async (req, res) => {
    const input = staffInputSchema.parse(req.body);
    const organizationId = clinicOf(res);
    const { rows } = await database.query<{ slug: string }>('select "slug" from "organization" where "id" = $1', [organizationId]);
    if (!rows[0]) throw new HttpError(404, "Clinic not found.");
    const email = input.email ?? `${input.username.toLowerCase()}@${rows[0].slug}.temetro.local`;
    let userId: string;
    try {
      // Server-side: Better Auth's HTTP rate limiter does not count it.
      const created = await auth.api.signUpEmail({ body: { name: input.name, email, password: input.password, username: input.username } });
      userId = created.user.id;
    } catch (error) {
      throw new HttpError(400, refusalOf(error, "Could not create the account."));
    }
    try {
      await auth.api.addMember({ body: { userId, organizationId, role: input.role } });
    } catch (error) {
      // temetro answers 500 here (the membership limit); the contract (D23) never does: 400 with Better Auth's reason.
      throw new HttpError(400, refusalOf(error, "Could not add the account to the clinic."));
    }
    res.status(201).json({ userId, name: input.name, email, username: input.username.toLowerCase(), role: input.role });
  });

  router.patch("/:userId", requirePermission({ member: ["update"] }), async (req, res) => {
    const { specialty } = specialtyInputSchema.parse(req.body);
    const organizationId = clinicOf(res);
    await requireMember(organizationId, String(req.params.userId));
    await database.query(
      `insert into "staff_profile" ("organizationId", "userId", "specialty") values ($1, $2, $3)
       on conflict ("organizationId", "userId") do update set "specialty" = excluded."specialty"`, [organizationId, String(req.params.userId), specialty]);
    res.json({ userId: String(req.params.userId), specialty });
  });

  router.patch("/:userId/password", requirePermission({ member: ["update"] }), async (req, res) => {
    const { newPassword } = passwordInputSchema.parse(req.body);
    await requireMember(clinicOf(res), String(req.params.userId));
    // As temetro: hashed with Better Auth's context and written directly; no role hierarchy, sessions kept (D20).
    const context = await auth.$context;
    await context.internalAdapter.updatePassword(String(req.params.userId), await context.password.hash(newPassword));
    res.json({ ok: true });
  });

  return router;
}
