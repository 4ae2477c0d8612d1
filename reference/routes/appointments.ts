// /api/appointments (temetro routes/appointments.ts) behind temetro's guards.
import { Router } from "express";
import { callerOf } from "../middleware/guards.ts";
import type { Guards } from "../middleware/guards.ts";
import { HttpError } from "../middleware/errors.ts";
import { initialsFromName } from "../clinic/initials.ts";
import { appointmentInputSchema } from "../clinic/schedule-validation.ts";
import { isUuid } from "../clinic/schedule-tables.ts";
import type { ClinicDeps } from "./patients.ts";

const COLUMNS = `"id", "fileNumber", "name", "initials", "date", "time", "type", "provider", "status", "source", "createdAt", "updatedAt"`;
type AppointmentRow = { createdAt: Date; updatedAt: Date } & Record<string, unknown>;

const toAppointment = (row: AppointmentRow) => ({ ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() });
const notFound = () => new HttpError(404, "Appointment not found.");

/** The values an appointment body stores: derived initials, "Unspecified" and "Unassigned" for blanks. */
function valuesOf(body: unknown): unknown[] {
  const input = appointmentInputSchema.parse(body);
  return [input.fileNumber, input.name, input.initials || initialsFromName(input.name), input.date, input.time,
    input.type || "Unspecified", input.provider || "Unassigned", input.status, input.source];
}

/** The appointment routes over the reference's database. */
export function appointmentsRouter({ requireAuth, requireOrg, requirePermission }: Guards, { database }: ClinicDeps): Router {
  const router = Router();
  router.use(requireAuth, requireOrg);
  const clinicOf = (res: Parameters<typeof callerOf>[0]) => callerOf(res).organizationId ?? "";

  router.get("/", requirePermission({ appointment: ["read"] }), async (_req, res) => {
    const { rows } = await database.query<AppointmentRow>(`select ${COLUMNS} from "appointment" where "organizationId" = $1 order by "date" asc, "time" asc`, [clinicOf(res)]);
    res.json(rows.map(toAppointment));
  });

  router.post("/", requirePermission({ appointment: ["write"] }), async (req, res) => {
    const values = valuesOf(req.body);
    const { rows } = await database.query<AppointmentRow>(
      `insert into "appointment" ("organizationId", "fileNumber", "name", "initials", "date", "time", "type", "provider", "status", "source")
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning ${COLUMNS}`, [clinicOf(res), ...values]);
    res.status(201).json(toAppointment(rows[0]!));
  });

  router.put("/:id", requirePermission({ appointment: ["write"] }), async (req, res) => {
    const values = valuesOf(req.body);
    if (!isUuid(String(req.params.id))) throw notFound();
    const { rows } = await database.query<AppointmentRow>(
      `update "appointment" set "fileNumber" = $3, "name" = $4, "initials" = $5, "date" = $6, "time" = $7, "type" = $8, "provider" = $9,
       "status" = $10, "source" = $11, "updatedAt" = now() where "organizationId" = $1 and "id" = $2 returning ${COLUMNS}`,
      [clinicOf(res), String(req.params.id), ...values]);
    if (!rows[0]) throw notFound();
    res.json(toAppointment(rows[0]));
  });

  router.delete("/:id", requirePermission({ appointment: ["delete"] }), async (req, res) => {
    if (!isUuid(String(req.params.id))) throw notFound();
    const { rowCount } = await database.query('delete from "appointment" where "organizationId" = $1 and "id" = $2', [clinicOf(res), String(req.params.id)]);
    if (!rowCount) throw notFound();
    res.status(204).end();
  });

  return router;
}
