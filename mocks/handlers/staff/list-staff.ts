// GET /api/staff — owner and admin: every member with username and specialty, by name.
import { respond } from "../../core/typed-reply.ts";
import { listStaff as staffOf } from "../../services/staff.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const listStaff = defineHandler("listStaff", (call) => respond(call, 200, staffOf(call.ctx, clinicCaller(call).organizationId)));
