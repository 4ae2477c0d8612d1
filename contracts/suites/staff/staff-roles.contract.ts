// STAFF: the role matrix of every staff operation × the seven roles, generated from the rules data.
import { describeRoleMatrix } from "#contracts/grids/communication-roles";

describeRoleMatrix("Staff", "STAFF");
