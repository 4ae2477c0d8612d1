// temetro's createNotification (services/notifications.ts) for the mock: a notification for one
// member, pushed live as `notification:new` to their `user:<id>` room.
import { roomOf } from "#openapi";
import type { components } from "#openapi";
import { isoNow } from "../core/clock.ts";
import type { MockContext } from "../core/context.ts";
import { initialsFromName } from "./initials-from-name.ts";

type Notification = components["schemas"]["Notification"];

export type NewNotification = { type: string; text: string; entityType: string | null; entityId: string | null; actorName: string | null };

/** Creates a notification for a user and emits it to their room; returns it. */
export function notifyUser(ctx: MockContext, userId: string, fields: NewNotification): Notification {
  const notification: Notification = {
    id: crypto.randomUUID(),
    ...fields,
    read: false,
    actorInitials: fields.actorName === null ? null : initialsFromName(fields.actorName),
    createdAt: isoNow(ctx.clock),
  };
  ctx.realtime.emit(roomOf("user", userId), "notification:new", notification);
  return notification;
}
