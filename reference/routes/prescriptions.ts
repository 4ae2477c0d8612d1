// /api/prescriptions (temetro routes/prescriptions.ts) behind temetro's guards, following the
// contract's D1: creating needs prescription:delete, the full-clinician statement pharmacy lacks.
import { Router } from "express";
import { callerOf } from "../middleware/guards.ts";
import type { Guards } from "../middleware/guards.ts";
import { HttpError } from "../middleware/errors.ts";
import { prescriptionInputSchema } from "../clinic/schedule-validation.ts";
import { isUuid } from "../clinic/schedule-tables.ts";
import type { ClinicDeps } from "./patients.ts";

const COLUMNS = `"id", "fileNumber", "name", "initials", "medication", "dose", "frequency", "prescriber", "prescribedAt"::text as "prescribedAt",
  "startDate"::text as "startDate", "endDate"::text as "endDate", "status", "duration", "notes", "source", "createdAt", "updatedAt"`;
type PrescriptionRow = { createdAt: Date; updatedAt: Date } & Record<string, unknown>;

const toPrescription = (row: PrescriptionRow) => ({ ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() });
const notFound = () => new HttpError(404, "Prescription not found.");

/** The stored values of a body, in column order from fileNumber to source (prescribedAt may be undefined). */
function valuesOf(body: unknown, callerName: string) {
  const input = prescriptionInputSchema.parse(body);
  const prescriber = input.prescriber || callerName || "Clinician";
  return {
    prescribedAt: input.prescribedAt,
    rest: [input.fileNumber, input.name, input.initials, input.medication, input.dose, input.frequency, prescriber,
      input.startDate ?? null, input.endDate ?? null, input.status, input.duration ?? null, input.notes ?? null, input.source],
  };
}

/** The prescription routes over the reference's database. */
export function prescriptionsRouter({ requireAuth, requireOrg, requirePermission }: Guards, { database }: ClinicDeps): Router {
  const router = Router();
  router.use(requireAuth, requireOrg);

  router.get("/", requirePermission({ prescription: ["read"] }), async (_req, res) => {
    const { rows } = await database.query<PrescriptionRow>(
      `select ${COLUMNS} from "prescription" where "organizationId" = $1 order by "prescribedAt" desc, "createdAt" desc`, [callerOf(res).organizationId]);
    res.json(rows.map(toPrescription));
  });

  // temetro: requirePermission({prescription: ["write"]}), which lets pharmacy create (D1).
  router.post("/", requirePermission({ prescription: ["delete"] }), async (req, res) => {
    const caller = callerOf(res);
    const { prescribedAt, rest } = valuesOf(req.body, caller.user.name);
    const { rows } = await database.query<PrescriptionRow>(
      `insert into "prescription" ("organizationId", "prescribedAt", "fileNumber", "name", "initials", "medication", "dose", "frequency", "prescriber",
        "startDate", "endDate", "status", "duration", "notes", "source")
       values ($1, coalesce($2::date, current_date), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) returning ${COLUMNS}`,
      [caller.organizationId, prescribedAt ?? null, ...rest]);
    res.status(201).json(toPrescription(rows[0]!));
  });

  router.put("/:id", requirePermission({ prescription: ["write"] }), async (req, res) => {
    const caller = callerOf(res);
    const { prescribedAt, rest } = valuesOf(req.body, caller.user.name);
    if (!isUuid(String(req.params.id))) throw notFound();
    const { rows } = await database.query<PrescriptionRow>(
      `update "prescription" set "prescribedAt" = coalesce($3::date, "prescribedAt"), "fileNumber" = $4, "name" = $5, "initials" = $6, "medication" = $7,
        "dose" = $8, "frequency" = $9, "prescriber" = $10, "startDate" = $11, "endDate" = $12, "status" = $13, "duration" = $14, "notes" = $15,
        "source" = $16, "updatedAt" = now() where "organizationId" = $1 and "id" = $2 returning ${COLUMNS}`,
      [caller.organizationId, String(req.params.id), prescribedAt ?? null, ...rest]);
    if (!rows[0]) throw notFound();
    res.json(toPrescription(rows[0]));
  });

  router.delete("/:id", requirePermission({ prescription: ["delete"] }), async (req, res) => {
    if (!isUuid(String(req.params.id))) throw notFound();
    const { rowCount } = await database.query('delete from "prescription" where "organizationId" = $1 and "id" = $2', [callerOf(res).organizationId, String(req.params.id)]);
    if (!rowCount) throw notFound();
    res.status(204).end();
  });

  return router;
}
