// /api/patients (temetro routes/patients.ts) behind temetro's guards, following the contract where
// it departs from the code: D2 (no medications for lab), D3 (transfer redacted for reception), D24
// (a PUT without a file number keeps it), D25 (DELETE …/labs is mounted), D38 (file-number range).
import { Router } from "express";
import type pg from "pg";
import { callerOf } from "../middleware/guards.ts";
import type { Guards } from "../middleware/guards.ts";
import { HttpError } from "../middleware/errors.ts";
import { appendLabsSchema, deleteLabSchema, MAX_FILE_NUMBER, patientInputSchema, transferSchema } from "../clinic/patient-validation.ts";
import type { PatientInput } from "../clinic/patient-validation.ts";
import { CLINICAL_COLUMNS, DEMOGRAPHIC_COLUMNS, findPatient, inScope, insertPatient, isUniqueViolation, listPatients, nextFileNumber, updatePatient, withNumberingLock } from "../clinic/patients-store.ts";
import type { PatientRow } from "../clinic/patients-store.ts";
import { toPatient } from "../clinic/patient-view.ts";
import { notifyRecordChange } from "../clinic/record-change.ts";
import type { Realtime } from "../clinic/notify-user.ts";
import { initialsFromName } from "../clinic/initials.ts";
import { isReceptionOnly, providerScope } from "../clinic/role-scope.ts";

export type ClinicDeps = { database: pg.Pool; realtime: Realtime; log: (line: string) => void };

const notFound = () => new HttpError(404, "Patient not found.");
const duplicate = (fileNumber: string) => new HttpError(409, `A patient with file number ${fileNumber} already exists in this clinic.`);

/** The columns a body writes for this caller: demographics only for reception. */
function columnsOf(input: PatientInput, memberRole: string): Record<string, unknown> {
  const values: Record<string, unknown> = { ...input, primaryProviderId: input.primaryProviderId ?? null, initials: input.initials || initialsFromName(input.name) };
  const names: readonly string[] = isReceptionOnly(memberRole) ? DEMOGRAPHIC_COLUMNS : [...DEMOGRAPHIC_COLUMNS, ...CLINICAL_COLUMNS];
  return Object.fromEntries(names.map((name) => [name, values[name]]));
}

/** The patient routes over the reference's database. */
export function patientsRouter({ requireAuth, requireOrg, requirePermission }: Guards, deps: ClinicDeps): Router {
  const { database } = deps;
  const router = Router();
  router.use(requireAuth, requireOrg);
  const context = (res: Parameters<typeof callerOf>[0]) => {
    const caller = callerOf(res);
    return { caller, organizationId: caller.organizationId ?? "", role: caller.memberRole ?? "" };
  };
  const notify = (organizationId: string, actor: { id: string; name: string }, text: string, fileNumber: string) =>
    notifyRecordChange(database, deps.realtime, { organizationId, actor, text, fileNumber }, deps.log);
  const write = async (action: () => Promise<PatientRow>, fileNumber: string) => {
    try {
      return await action();
    } catch (error) {
      throw isUniqueViolation(error) ? duplicate(fileNumber) : error;
    }
  };

  router.get("/", requirePermission({ patient: ["read"] }), async (_req, res) => {
    const { caller, organizationId, role } = context(res);
    const rows = await listPatients(database, organizationId, providerScope(role, caller.user.id));
    res.json(rows.map((row) => toPatient(row, role)));
  });

  router.get("/:fileNumber", requirePermission({ patient: ["read"] }), async (req, res) => {
    const { caller, organizationId, role } = context(res);
    const row = await findPatient(database, organizationId, String(req.params.fileNumber));
    if (!row || !inScope(row, providerScope(role, caller.user.id))) throw notFound();
    res.json(toPatient(row, role));
  });

  router.post("/", requirePermission({ patient: ["write"] }), async (req, res) => {
    const { caller, organizationId, role } = context(res);
    const input = patientInputSchema.parse(req.body);
    const row = await withNumberingLock(database, organizationId, async (client) => {
      const fileNumber = input.fileNumber || (await nextFileNumber(client, organizationId));
      // Decision D38: temetro numbers over `::bigint`, which overflows (a 500) past the maximum.
      if (BigInt(fileNumber) > MAX_FILE_NUMBER) throw new HttpError(409, "No file number is left to assign in this clinic; send one.");
      const values = { ...columnsOf({ ...input, fileNumber }, role), organizationId, createdBy: caller.user.id };
      return write(() => insertPatient(client, values), fileNumber);
    });
    await notify(organizationId, caller.user, `${caller.user.name} added patient ${row.name}`, row.fileNumber);
    res.status(201).json(toPatient(row, role));
  });

  router.put("/:fileNumber", requirePermission({ patient: ["write"] }), async (req, res) => {
    const { caller, organizationId, role } = context(res);
    const input = patientInputSchema.parse(req.body);
    // Decision D4: writes are not scoped to a doctor's patients (temetro's code).
    const current = await findPatient(database, organizationId, String(req.params.fileNumber));
    if (!current) throw notFound();
    // Decision D24: temetro writes an empty file number as is; the contract keeps the current one.
    const fileNumber = input.fileNumber || current.fileNumber;
    const row = await write(() => updatePatient(database, current.id, columnsOf({ ...input, fileNumber }, role)), fileNumber);
    await notify(organizationId, caller.user, `${caller.user.name} updated ${row.name}'s record`, row.fileNumber);
    res.json(toPatient(row, role));
  });

  router.post("/:fileNumber/transfer", requirePermission({ patient: ["write"] }), async (req, res) => {
    const { caller, organizationId, role } = context(res);
    const { providerId } = transferSchema.parse(req.body);
    const { rows } = await database.query<{ name: string }>(
      'select u."name" from "member" m join "user" u on u."id" = m."userId" where m."organizationId" = $1 and m."userId" = $2 limit 1', [organizationId, providerId]);
    const provider = rows[0];
    if (!provider) throw new HttpError(400, "Selected provider is not a member of this clinic.");
    const current = await findPatient(database, organizationId, String(req.params.fileNumber));
    if (!current || !inScope(current, providerScope(role, caller.user.id))) throw notFound();
    const row = await updatePatient(database, current.id, { primaryProviderId: providerId, pcp: provider.name });
    await notify(organizationId, caller.user, `${caller.user.name} transferred ${row.name} to ${provider.name}`, row.fileNumber);
    // Decision D3: redacted for reception like every patient answer (temetro's code answers the full record).
    res.json(toPatient(row, role));
  });

  router.post("/:fileNumber/labs", requirePermission({ lab: ["write"] }), async (req, res) => {
    const { caller, organizationId, role } = context(res);
    const { labs } = appendLabsSchema.parse(req.body);
    const current = await findPatient(database, organizationId, String(req.params.fileNumber));
    if (!current) throw notFound();
    const row = await updatePatient(database, current.id, { labs: [...current.labs, ...labs] });
    await notify(organizationId, caller.user, `${caller.user.name} added lab results for ${row.name}`, row.fileNumber);
    res.status(201).json(toPatient(row, role));
  });

  router.delete("/:fileNumber/labs", requirePermission({ lab: ["write"] }), async (req, res) => {
    const { organizationId, role } = context(res);
    const target = deleteLabSchema.parse(req.body);
    const current = await findPatient(database, organizationId, String(req.params.fileNumber));
    if (!current) throw notFound();
    const kept = current.labs.filter((lab) => !(lab.name === target.name && lab.value === target.value && lab.takenAt === target.takenAt));
    res.json(toPatient(await updatePatient(database, current.id, { labs: kept }), role));
  });

  router.delete("/:fileNumber", requirePermission({ patient: ["delete"] }), async (req, res) => {
    const { organizationId } = context(res);
    const { rowCount } = await database.query('delete from "patient" where "organizationId" = $1 and "fileNumber" = $2', [organizationId, String(req.params.fileNumber)]);
    if (!rowCount) throw notFound();
    res.status(204).end();
  });

  return router;
}
