// POST /api/staff — owner and admin provision a username account in the active clinic (D13: the account is answered).
import { respond } from "../../core/typed-reply.ts";
import { provisionStaff } from "../../services/staff.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const createStaff = defineHandler("createStaff", async (call) =>
  respond(call, 201, await provisionStaff(call.ctx, clinicCaller(call).organizationId, call.body)));
