// GET /api/staff/providers — any member: the clinicians who can be a primary provider, by name.
import { respond } from "../../core/typed-reply.ts";
import { listProviders as providersOf } from "../../services/staff.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const listProviders = defineHandler("listProviders", (call) => respond(call, 200, providersOf(call.ctx, clinicCaller(call).organizationId)));
