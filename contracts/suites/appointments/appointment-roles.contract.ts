// APPOINTMENTS: the role matrix of every appointment operation, generated from the rules data.
import { describeRoleMatrix } from "../clinic-records/role-matrix.ts";

describeRoleMatrix("Appointments", "APPOINTMENTS");
