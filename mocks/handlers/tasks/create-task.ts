// POST /api/tasks — creates a task; the caller is its creator and `done` follows the status.
import { respond } from "../../core/typed-reply.ts";
import { createTask as storeTask, presentTask } from "../../services/tasks.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const createTask = defineHandler("createTask", async (call) => {
  const caller = clinicCaller(call);
  const task = await storeTask(call.ctx, caller.organizationId, { id: caller.userId, name: caller.name }, call.body);
  return respond(call, 201, presentTask(task));
});
