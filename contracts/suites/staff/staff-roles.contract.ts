// STAFF: the role matrix of every staff operation × the seven roles, generated from the rules data.
import { describeRoleMatrix } from "../communication/role-matrix.ts";

describeRoleMatrix("Staff", "STAFF");
