// /api/tasks (temetro routes/tasks.ts, services/tasks.ts) behind temetro's guards; PATCH is a
// true partial update (contract decision D10).
import { Router } from "express";
import type { Response } from "express";
import { callerOf } from "../middleware/guards.ts";
import type { Guards } from "../middleware/guards.ts";
import { HttpError } from "../middleware/errors.ts";
import { taskInputSchema, taskPatchSchema } from "../clinic/communication-validation.ts";
import { isUuid } from "../clinic/schedule-tables.ts";
import type { ClinicDeps } from "./patients.ts";

const COLUMNS = `"id", "title", "assignee", "assigneeRole", "assigneeUserId", "due", "priority", "status", "patient", "notes", "done",
  "createdBy" as "createdById", "createdByName", "createdAt", "updatedAt"`;
const PATCHABLE = ["title", "assignee", "assigneeRole", "assigneeUserId", "due", "priority", "status", "patient", "notes", "done"] as const;
type TaskRow = { createdAt: Date; updatedAt: Date } & Record<string, unknown>;

const toTask = (row: TaskRow) => ({ ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() });
const notFound = () => new HttpError(404, "Task not found.");

function rolesOf(role: string): string[] {
  return role.split(",").map((name) => name.trim()).filter(Boolean);
}

/** The columns a PATCH sets: only the fields sent; a status wins and sets done, else done sets the status. */
function changesOf(body: unknown): Record<string, unknown> {
  const patch = taskPatchSchema.parse(body);
  const set: Record<string, unknown> = {};
  for (const key of PATCHABLE) if (patch[key] !== undefined && key !== "status" && key !== "done") set[key] = patch[key];
  if (patch.status !== undefined) Object.assign(set, { status: patch.status, done: patch.status === "done" });
  else if (patch.done !== undefined) Object.assign(set, { done: patch.done, status: patch.done ? "done" : "todo" });
  return set;
}

/** The task routes over the reference's database. */
export function tasksRouter({ requireAuth, requireOrg, requirePermission }: Guards, { database }: ClinicDeps): Router {
  const router = Router();
  router.use(requireAuth, requireOrg);
  const clinicOf = (res: Response) => callerOf(res).organizationId ?? "";

  router.get("/", requirePermission({ task: ["read"] }), async (_req, res) => {
    const caller = callerOf(res);
    const roles = rolesOf(caller.memberRole ?? "");
    const everyTask = roles.includes("owner") || roles.includes("admin");
    const { rows } = await database.query<TaskRow>(
      `select ${COLUMNS} from "task" where "organizationId" = $1
       and ($2 or "createdBy" = $3 or "assigneeUserId" = $3 or "assigneeRole" = any($4::text[]))
       order by "createdAt" desc`, [clinicOf(res), everyTask, caller.user.id, roles]);
    res.json(rows.map(toTask));
  });

  router.post("/", requirePermission({ task: ["write"] }), async (req, res) => {
    const input = taskInputSchema.parse(req.body);
    const { user } = callerOf(res);
    const { rows } = await database.query<TaskRow>(
      `insert into "task" ("organizationId", "title", "assignee", "assigneeRole", "assigneeUserId", "due", "priority", "status", "done",
       "patient", "notes", "createdBy", "createdByName") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) returning ${COLUMNS}`,
      [clinicOf(res), input.title, input.assignee, input.assigneeRole ?? null, input.assigneeUserId ?? null, input.due, input.priority,
        input.status, input.status === "done", input.patient ?? null, input.notes ?? null, user.id, user.name]);
    res.status(201).json(toTask(rows[0]!));
  });

  router.patch("/:id", requirePermission({ task: ["write"] }), async (req, res) => {
    const set = changesOf(req.body);
    if (!isUuid(String(req.params.id))) throw notFound();
    const names = Object.keys(set);
    const assignments = names.map((name, index) => `"${name}" = $${index + 3}`).concat(names.length > 0 ? ['"updatedAt" = now()'] : []);
    const sql = names.length === 0
      ? `select ${COLUMNS} from "task" where "organizationId" = $1 and "id" = $2`
      : `update "task" set ${assignments.join(", ")} where "organizationId" = $1 and "id" = $2 returning ${COLUMNS}`;
    const { rows } = await database.query<TaskRow>(sql, [clinicOf(res), String(req.params.id), ...names.map((name) => set[name] ?? null)]);
    if (!rows[0]) throw notFound();
    res.json(toTask(rows[0]));
  });

  router.delete("/:id", requirePermission({ task: ["delete"] }), async (req, res) => {
    if (!isUuid(String(req.params.id))) throw notFound();
    const { rowCount } = await database.query('delete from "task" where "organizationId" = $1 and "id" = $2', [clinicOf(res), String(req.params.id)]);
    if (!rowCount) throw notFound();
    res.status(204).end();
  });

  return router;
}
