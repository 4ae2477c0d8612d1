// temetro's requirePermission, the route's own guard: the member's role against the role matrix.
import { hasPermission } from "#openapi";
import { temetroReply } from "../reply.ts";
import type { Stage } from "./stage.ts";

/** 403 "You don't have permission to do that." when the member's role lacks the operation's permission (x-rules.permission). */
export const permission: Stage = {
  name: "permission",
  run({ operation, member }) {
    const required = operation.rules.permission;
    if (required === undefined || member === null || hasPermission(member.role, required)) return undefined;
    return temetroReply("PERMISSION_DENIED");
  },
};
