// GET /api/tasks — the tasks the caller may see, newest first (owners and admins see all).
import { respond } from "../../core/typed-reply.ts";
import { presentTask, visibleTasks } from "../../services/tasks.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const listTasks = defineHandler("listTasks", (call) => {
  const caller = clinicCaller(call);
  return respond(call, 200, visibleTasks(call.ctx, caller.organizationId, caller).map(presentTask));
});
