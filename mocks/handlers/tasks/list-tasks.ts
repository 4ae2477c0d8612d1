// GET /api/tasks — the tasks the caller may see, newest first (owners and admins see all).
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { canSeeTask, presentTask } from "../../services/tasks.ts";
import { clinicCaller } from "../clinic-caller.ts";

export const listTasks: OperationHandler = (call) => {
  const caller = clinicCaller(call);
  const visible = call.ctx.store.tasks
    .findMany((q) => q.where({ organizationId: caller.organizationId }))
    .filter((task) => canSeeTask(task, caller))
    .reverse()
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return json(visible.map(presentTask));
};
