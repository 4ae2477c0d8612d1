// GET /api/staff/providers — any member: the clinicians who can be a primary provider, by name.
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { listProviders as providersOf } from "../../services/staff.ts";
import { clinicCaller } from "../clinic-caller.ts";

export const listProviders: OperationHandler = (call) => json(providersOf(call.ctx, clinicCaller(call).organizationId));
