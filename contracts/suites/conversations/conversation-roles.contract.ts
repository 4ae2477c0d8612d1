// CONVERSATIONS: the role matrix of every conversations operation × the seven roles, generated from the rules data.
import { describeRoleMatrix } from "#contracts/grids/communication-roles";

describeRoleMatrix("Conversations", "CONVERSATIONS");
