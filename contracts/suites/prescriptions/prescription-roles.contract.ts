// PRESCRIPTIONS: the role matrix of every prescription operation, generated from the rules data.
// Decision D1 is in the data: creating needs prescription:delete, which pharmacy does not hold.
import { describeRoleMatrix } from "#contracts/grids/clinic-record-roles";

describeRoleMatrix("Prescriptions", "PRESCRIPTIONS");
