// PATCH /api/tasks/{id} — a true partial update (D10) of any task of the clinic (no visibility check: D27).
import { respond } from "../../core/typed-reply.ts";
import { patchTask, presentTask, requireTask } from "../../services/tasks.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const updateTask = defineHandler("updateTask", async (call) => {
  const { organizationId } = clinicCaller(call);
  const task = requireTask(call.ctx, organizationId, call.params.id);
  return respond(call, 200, presentTask(await patchTask(call.ctx, task, call.body)));
});
