// DELETE /api/tasks/{id} — deletes a task of the clinic (task:delete: owner, admin, doctor, member).
import type { OperationHandler } from "../../core/call.ts";
import { requireTask } from "../../services/tasks.ts";
import { clinicCaller } from "../clinic-caller.ts";

export const deleteTask: OperationHandler = (call) => {
  const { organizationId } = clinicCaller(call);
  const task = requireTask(call.ctx, organizationId, call.params.id ?? "");
  call.ctx.store.tasks.deleteMany((q) => q.where({ id: task.id }));
  return { status: 204 };
};
