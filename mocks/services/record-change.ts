// temetro's record-change notifications: after a patient write, every other member of the clinic
// gets `notification:new` in their `user:<id>` room, with the text the operation's x-notification gives.
import { spec, type Operation } from "#openapi";
import type { MockContext } from "../core/context.ts";
import { notifyUser } from "./notifications.ts";
type NotificationRule = { type: string; entityType: string; text: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The operation's `x-notification` (type, entity type and text template), or undefined when it sends none. */
export function notificationRuleOf(operation: Operation): NotificationRule | undefined {
  const raw = spec.paths[operation.path]?.[operation.method];
  const rule = isRecord(raw) ? raw["x-notification"] : undefined;
  if (!isRecord(rule)) return undefined;
  const { type, entityType, text } = rule;
  return typeof type === "string" && typeof entityType === "string" && typeof text === "string" ? { type, entityType, text } : undefined;
}

/** A text template with its `<placeholders>` filled in ("<actor> added patient <name>"). */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/<([a-z]+)>/g, (whole, key: string) => values[key] ?? whole);
}

export type RecordChange = {
  organizationId: string;
  actor: { id: string; name: string };
  entityId: string;
  /** Values for the template's placeholders besides `<actor>` (`<name>`, `<provider>`). */
  values: Record<string, string>;
};

/** Emits the operation's notification to every member of the clinic but the actor. */
export function notifyRecordChange(ctx: MockContext, operation: Operation, change: RecordChange): void {
  const rule = notificationRuleOf(operation);
  if (rule === undefined) throw new Error(`Failed to notify for ${operation.operationId}: it has no x-notification in the spec.`);
  const text = fillTemplate(rule.text, { ...change.values, actor: change.actor.name });
  const members = ctx.store.members.findMany((q) => q.where({ organizationId: change.organizationId }));
  for (const member of members) {
    if (member.userId === change.actor.id) continue;
    notifyUser(ctx, member.userId, { type: rule.type, text, entityType: rule.entityType, entityId: change.entityId, actorName: change.actor.name });
  }
}
