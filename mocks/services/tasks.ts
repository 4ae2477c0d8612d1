// The clinic's tasks (temetro services/tasks.ts): who sees which task, creation with defaults, and
// PATCH as a true partial update (decision D10: fields not sent keep their values).
import { parseRoles } from "#openapi";
import type { components } from "#openapi";
import { isoNow } from "../core/clock.ts";
import type { MockContext } from "../core/context.ts";
import { failTemetro } from "../core/reply.ts";
import type { TaskRecord } from "../core/store.ts";
import { isUuid, withoutClinic } from "./clinic-records.ts";
import { fieldsEqual } from "../core/fields-equal.ts";

type Task = components["schemas"]["Task"];
type TaskInput = components["schemas"]["TaskInput"];
type TaskPatch = components["schemas"]["TaskPatch"];

const PATCHABLE = ["title", "assignee", "assigneeRole", "assigneeUserId", "due", "priority", "status", "patient", "notes", "done"] as const;

const trimmedOrNull = (value: string | null | undefined): string | null => (value === undefined || value === null ? null : value.trim());

/** The API object of a stored task. */
export const presentTask = (record: TaskRecord): Task => withoutClinic(record);

/** Whether a member sees a task: owners and admins see all; others their own, theirs by person, or their department's. */
export function canSeeTask(task: TaskRecord, viewer: { userId: string; role: string }): boolean {
  const roles = parseRoles(viewer.role);
  if (roles.includes("owner") || roles.includes("admin")) return true;
  if (task.createdById === viewer.userId || task.assigneeUserId === viewer.userId) return true;
  return task.assigneeRole !== null && roles.includes(task.assigneeRole);
}

/** The clinic's tasks a member sees (canSeeTask), newest first. */
export function visibleTasks(ctx: MockContext, organizationId: string, viewer: { userId: string; role: string }): TaskRecord[] {
  return ctx.store.tasks
    .findMany(fieldsEqual({ organizationId }))
    .filter((task) => canSeeTask(task, viewer))
    .reverse()
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Deletes a stored task. */
export function removeTask(ctx: MockContext, task: TaskRecord): void {
  ctx.store.tasks.deleteMany(fieldsEqual({ id: task.id }));
}

/** The clinic's task with this id; 404 TASK_NOT_FOUND for a non-UUID id or another clinic's task. */
export function requireTask(ctx: MockContext, organizationId: string, id: string): TaskRecord {
  const found = isUuid(id) ? ctx.store.tasks.findFirst(fieldsEqual({ organizationId, id })) : undefined;
  return found ?? failTemetro("TASK_NOT_FOUND");
}

/** Creates a task with the input's defaults; `done` follows the status. */
export function createTask(ctx: MockContext, organizationId: string, creator: { id: string; name: string }, input: TaskInput): Promise<TaskRecord> {
  const now = isoNow(ctx.clock);
  const status = input.status ?? "todo";
  return ctx.store.tasks.create({
    id: crypto.randomUUID(),
    organizationId,
    title: input.title.trim(),
    assignee: input.assignee?.trim() ?? "Unassigned",
    assigneeRole: input.assigneeRole ?? null,
    assigneeUserId: trimmedOrNull(input.assigneeUserId), // D26: whoever it names, never checked
    due: input.due?.trim() ?? "No due date",
    priority: input.priority ?? "medium",
    status,
    patient: trimmedOrNull(input.patient),
    notes: input.notes ?? null,
    done: status === "done",
    createdById: creator.id,
    createdByName: creator.name,
    createdAt: now,
    updatedAt: now,
  });
}

/** Applies only the fields a PATCH sent; `status` wins over `done`. An empty patch changes nothing. */
export async function patchTask(ctx: MockContext, task: TaskRecord, patch: TaskPatch): Promise<TaskRecord> {
  if (PATCHABLE.every((key) => patch[key] === undefined)) return task;
  const updated = await ctx.store.tasks.update(fieldsEqual({ id: task.id }), {
    data(draft) {
      if (patch.title !== undefined) draft.title = patch.title.trim();
      if (patch.assignee !== undefined) draft.assignee = patch.assignee.trim();
      if (patch.assigneeRole !== undefined) draft.assigneeRole = patch.assigneeRole;
      if (patch.assigneeUserId !== undefined) draft.assigneeUserId = trimmedOrNull(patch.assigneeUserId);
      if (patch.due !== undefined) draft.due = patch.due.trim();
      if (patch.priority !== undefined) draft.priority = patch.priority;
      if (patch.patient !== undefined) draft.patient = trimmedOrNull(patch.patient);
      if (patch.notes !== undefined) draft.notes = patch.notes;
      if (patch.status !== undefined) {
        draft.status = patch.status;
        draft.done = patch.status === "done";
      } else if (patch.done !== undefined) {
        draft.done = patch.done;
        draft.status = patch.done ? "done" : "todo";
      }
      draft.updatedAt = isoNow(ctx.clock);
    },
  });
  return updated ?? task;
}
