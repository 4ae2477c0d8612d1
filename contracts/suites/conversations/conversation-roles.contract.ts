// CONVERSATIONS: the role matrix of every conversations operation × the seven roles, generated from the rules data.
import { describeRoleMatrix } from "../communication/role-matrix.ts";

describeRoleMatrix("Conversations", "CONVERSATIONS");
