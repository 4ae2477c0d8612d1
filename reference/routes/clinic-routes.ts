// temetro's clinic resources in the reference: their tables (created by migrate, after Better
// Auth's) and their routers, mounted behind temetro's guards.
import type { Router } from "express";
import type pg from "pg";
import type { Guards } from "../middleware/guards.ts";
import { appointmentsRouter } from "./appointments.ts";
import { patientsRouter } from "./patients.ts";
import type { ClinicDeps } from "./patients.ts";
import { prescriptionsRouter } from "./prescriptions.ts";
import { PATIENT_TABLE } from "../clinic/patients-store.ts";
import { APPOINTMENT_TABLE, PRESCRIPTION_TABLE } from "../clinic/schedule-tables.ts";

/** DDL of every clinic table, in creation order (each refers to Better Auth's "organization"). */
export const CLINIC_TABLES: readonly string[] = [PATIENT_TABLE, APPOINTMENT_TABLE, PRESCRIPTION_TABLE];

/** Creates the clinic tables that do not exist yet. */
export async function migrateClinicTables(database: pg.Pool): Promise<void> {
  for (const ddl of CLINIC_TABLES) await database.query(ddl);
}

/** The clinic routers, by mount path. */
export function clinicRoutes(guards: Guards, deps: ClinicDeps): Array<[path: string, router: Router]> {
  return [
    ["/api/patients", patientsRouter(guards, deps)],
    ["/api/appointments", appointmentsRouter(guards, deps)],
    ["/api/prescriptions", prescriptionsRouter(guards, deps)],
  ];
}
