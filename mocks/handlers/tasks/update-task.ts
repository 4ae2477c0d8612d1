// PATCH /api/tasks/{id} — a true partial update (D10) of any task of the clinic (no visibility check: D27).
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { patchTask, presentTask, requireTask } from "../../services/tasks.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { parseBody } from "../parse-body.ts";

export const updateTask: OperationHandler = async (call) => {
  const { organizationId } = clinicCaller(call);
  const task = requireTask(call.ctx, organizationId, call.params.id ?? "");
  return json(presentTask(await patchTask(call.ctx, task, parseBody<"TaskPatch">(call))));
};
