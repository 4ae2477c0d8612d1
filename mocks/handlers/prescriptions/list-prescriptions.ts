// GET /api/prescriptions — the clinic's prescriptions, newest prescribedAt first, then newest created.
import { respond } from "../../core/typed-reply.ts";
import { prescriptionsOf, withoutClinic } from "../../services/clinic-records.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { defineHandler } from "../define-handler.ts";

export const listPrescriptions = defineHandler("listPrescriptions", (call) => {
  const { organizationId } = clinicCaller(call);
  return respond(call, 200, prescriptionsOf(call.ctx, organizationId).map(withoutClinic));
});
