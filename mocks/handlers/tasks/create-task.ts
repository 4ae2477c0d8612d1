// POST /api/tasks — creates a task; the caller is its creator and `done` follows the status.
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { createTask as storeTask, presentTask } from "../../services/tasks.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { parseBody } from "../parse-body.ts";

export const createTask: OperationHandler = async (call) => {
  const caller = clinicCaller(call);
  const task = await storeTask(call.ctx, caller.organizationId, { id: caller.userId, name: caller.name }, parseBody<"TaskInput">(call));
  return json(presentTask(task), 201);
};
