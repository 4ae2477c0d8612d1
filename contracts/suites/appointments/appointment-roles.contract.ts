// APPOINTMENTS: the role matrix of every appointment operation, generated from the rules data.
import { describeRoleMatrix } from "#contracts/grids/clinic-record-roles";

describeRoleMatrix("Appointments", "APPOINTMENTS");
