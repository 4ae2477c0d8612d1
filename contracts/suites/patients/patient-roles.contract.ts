// PATIENTS: the role matrix of every patient operation, generated from x-rules.permission and the
// role matrix (labs need lab:write; delete is owner and admin only).
import { describeRoleMatrix } from "#contracts/grids/clinic-record-roles";

describeRoleMatrix("Patients", "PATIENTS");
