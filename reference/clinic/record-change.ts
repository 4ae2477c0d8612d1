// temetro's record-change notifications (services/notifications.ts): one per other member of the
// clinic, pushed as `notification:new` to `user:<id>`. Best effort: a failure is logged, never thrown.
import type pg from "pg";
import { notifyUser } from "./notify-user.ts";
import type { Realtime } from "./notify-user.ts";

export type RecordChange = {
  organizationId: string;
  actor: { id: string; name: string };
  text: string;
  fileNumber: string;
};

/** Notifies every member of the clinic but the actor that a patient record changed. */
export async function notifyRecordChange(database: pg.Pool, realtime: Realtime, change: RecordChange, log: (line: string) => void): Promise<void> {
  try {
    const { rows } = await database.query<{ userId: string }>(
      'select "userId" from "member" where "organizationId" = $1 and "userId" <> $2', [change.organizationId, change.actor.id]);
    for (const { userId } of rows) {
      notifyUser(realtime, userId, { type: "record_change", text: change.text, entityType: "patient", entityId: change.fileNumber, actorName: change.actor.name });
    }
  } catch (error) {
    log(`[notifications] record_change for patient ${change.fileNumber} failed: ${String(error)}`);
  }
}
