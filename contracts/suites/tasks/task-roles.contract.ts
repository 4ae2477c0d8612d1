// TASKS: the role matrix of every tasks operation × the seven roles, generated from the rules data.
import { describeRoleMatrix } from "#contracts/grids/communication-roles";

describeRoleMatrix("Tasks", "TASKS");
