// DELETE /api/tasks/{id} — deletes a task of the clinic (task:delete: owner, admin, doctor, member).
import { respondEmpty } from "../../core/typed-reply.ts";
import { removeTask, requireTask } from "../../services/tasks.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const deleteTask = defineHandler("deleteTask", (call) => {
  const { organizationId } = clinicCaller(call);
  removeTask(call.ctx, requireTask(call.ctx, organizationId, call.params.id));
  return respondEmpty(call, 204);
});
