// TASKS: the role matrix of every tasks operation × the seven roles, generated from the rules data.
import { describeRoleMatrix } from "../communication/role-matrix.ts";

describeRoleMatrix("Tasks", "TASKS");
