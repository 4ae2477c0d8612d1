// temetro's record-change notifications: after a patient write, every other member of the clinic
// gets `notification:new` in their `user:<id>` room, with the text the operation's x-notification gives.
import { fillNotificationText, type Operation } from "#openapi";
import type { MockContext } from "../core/context.ts";
import { notifyUser } from "./notifications.ts";
import { fieldsEqual } from "../core/fields-equal.ts";

export type RecordChange = {
  organizationId: string;
  actor: { id: string; name: string };
  entityId: string;
  /** Values for the template's placeholders besides `<actor>` (`<name>`, `<provider>`). */
  values: Record<string, string>;
};

/** Emits the operation's notification to every member of the clinic but the actor. */
export function notifyRecordChange(ctx: MockContext, operation: Operation, change: RecordChange): void {
  const rule = operation.notification;
  if (rule === undefined) throw new Error(`Failed to notify for ${operation.operationId}: it has no x-notification in the spec.`);
  const text = fillNotificationText(rule.text, { ...change.values, actor: change.actor.name });
  const members = ctx.store.members.findMany(fieldsEqual({ organizationId: change.organizationId }));
  for (const member of members) {
    if (member.userId === change.actor.id) continue;
    notifyUser(ctx, member.userId, { type: rule.type, text, entityType: rule.entityType, entityId: change.entityId, actorName: change.actor.name });
  }
}
