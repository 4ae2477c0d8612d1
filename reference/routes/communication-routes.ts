// Tasks, staff and conversations in the reference: their tables (created by migrate, after Better
// Auth's and the patient tables) and their routers behind temetro's guards.
import type { Router } from "express";
import type pg from "pg";
import type { Auth } from "../auth.ts";
import type { Guards } from "../middleware/guards.ts";
import { conversationsRouter } from "./conversations.ts";
import type { ClinicDeps } from "./patients.ts";
import { staffRouter } from "./staff.ts";
import { tasksRouter } from "./tasks.ts";
import { COMMUNICATION_TABLES } from "../clinic/communication-tables.ts";

/** Creates the task, staff-profile and messaging tables that do not exist yet. */
export async function migrateCommunicationTables(database: pg.Pool): Promise<void> {
  for (const ddl of COMMUNICATION_TABLES) await database.query(ddl);
}

/** The routers of this part, by mount path. */
export function communicationRoutes(guards: Guards, deps: ClinicDeps, auth: Auth): Array<[path: string, router: Router]> {
  return [
    ["/api/tasks", tasksRouter(guards, deps)],
    ["/api/staff", staffRouter(guards, deps, auth)],
    ["/api/conversations", conversationsRouter(guards, deps)],
  ];
}
