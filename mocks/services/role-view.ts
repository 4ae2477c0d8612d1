// Role-derived views of clinic data, in one place (temetro lib/role-scope.ts; decisions D2–D4):
// reception sees demographics only, a doctor reads only their own patients, lab sees no medications.
import { hasPermission, parseRoles } from "#openapi";
import type { components } from "#openapi";
import type { PatientRecord } from "../core/store.ts";

type Patient = components["schemas"]["Patient"];

export type RoleView = {
  /** temetro's isReceptionOnly: reception, and none of owner, admin, doctor or member. */
  receptionOnly: boolean;
  /** temetro's providerScope: the doctor's user id when reads are scoped (doctor without owner, admin or member). */
  providerScope: string | null;
  /** Decision D2: a caller without `prescription:read` (lab) gets no medication data. */
  hidesMedications: boolean;
};

const holdsAny = (roles: string[], names: string[]): boolean => names.some((name) => roles.includes(name));

/** The view a member with this role string gets. */
export function roleViewOf(roleString: string, userId: string): RoleView {
  const roles = parseRoles(roleString);
  return {
    receptionOnly: roles.includes("reception") && !holdsAny(roles, ["owner", "admin", "doctor", "member"]),
    providerScope: roles.includes("doctor") && !holdsAny(roles, ["owner", "admin", "member"]) ? userId : null,
    hidesMedications: !hasPermission(roleString, "prescription:read"),
  };
}

/** Decision D4: whether a scoped doctor may read this patient (their own, or unassigned and created by them). */
export function isInScope(patient: PatientRecord, view: RoleView): boolean {
  if (view.providerScope === null) return true;
  return patient.primaryProviderId === view.providerScope || (patient.primaryProviderId === null && patient.createdBy === view.providerScope);
}

const EMPTY_TREND = { label: "", unit: "", points: [] };

/** The API record of a stored patient as this view shows it: internal fields dropped, redactions applied. */
export function presentPatient(patient: PatientRecord, view: RoleView): Patient {
  const full: Patient = {
    fileNumber: patient.fileNumber,
    name: patient.name,
    age: patient.age,
    sex: patient.sex,
    pcp: patient.pcp,
    primaryProviderId: patient.primaryProviderId,
    status: patient.status,
    initials: patient.initials,
    phone: patient.phone,
    bloodType: patient.bloodType,
    allergies: patient.allergies.map((item) => ({ ...item })),
    alerts: [...patient.alerts],
    medications: view.hidesMedications ? [] : patient.medications.map((item) => ({ ...item })),
    problems: patient.problems.map((item) => ({ ...item })),
    vitals: { ...patient.vitals },
    vitalsTrend: { ...patient.vitalsTrend, points: [...patient.vitalsTrend.points] },
    labTrend: { ...patient.labTrend, points: [...patient.labTrend.points] },
    labs: patient.labs.map((item) => ({ ...item })),
    encounters: patient.encounters.map((item) => ({ ...item })),
    source: patient.source,
    shareExpiresAt: patient.shareExpiresAt,
  };
  if (!view.receptionOnly) return full;
  return {
    ...full,
    bloodType: "",
    allergies: [],
    alerts: [],
    medications: [],
    problems: [],
    labs: [],
    encounters: [],
    vitals: { bp: "", hr: "", temp: "", spo2: "", takenAt: "" },
    vitalsTrend: { ...EMPTY_TREND, points: [] },
    labTrend: { ...EMPTY_TREND, points: [] },
  };
}
