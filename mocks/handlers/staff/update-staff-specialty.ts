// PATCH /api/staff/{userId} — sets or clears a member's specialty (D12: any string up to 60 characters).
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";
import { requireStaffMember, setSpecialty } from "../../services/staff.ts";
import { clinicCaller } from "../clinic-caller.ts";
import { parseBody } from "../parse-body.ts";

export const updateStaffSpecialty: OperationHandler = (call) => {
  const { organizationId } = clinicCaller(call);
  const userId = call.params.userId ?? "";
  const { specialty } = parseBody<"UpdateSpecialtyRequest">(call);
  requireStaffMember(call.ctx, organizationId, userId);
  return json({ userId, specialty: setSpecialty(call.ctx, organizationId, userId, specialty) });
};
