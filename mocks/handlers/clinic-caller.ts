// Who is calling a clinic route: the guards already established the session and the member row.
import type { Call } from "../core/call.ts";
import { roleViewOf, type RoleView } from "../services/role-view.ts";

export type ClinicCaller = { organizationId: string; userId: string; name: string; role: string; view: RoleView };

/** The caller of an operation with `activeClinic: required` (the pipeline guarantees session and member). */
export function clinicCaller(call: Call): ClinicCaller {
  const { session, member } = call;
  if (session === null || member === null) {
    throw new Error(`Failed to run ${call.operation.operationId}: no member row, but x-rules.activeClinic is not "required".`);
  }
  return {
    organizationId: member.organizationId,
    userId: session.user.id,
    name: session.user.name,
    role: member.role,
    view: roleViewOf(member.role, session.user.id),
  };
}
