// temetro's toPatient plus its role redaction: the API record of a patient row as a member sees it
// (reception: demographics only; decision D2: no medications without a prescription-reading role).
import { hidesMedications, isReceptionOnly } from "./role-scope.ts";
import type { PatientRow } from "./patients-store.ts";

/** The API's patient record of a row, redacted for the caller's role. */
export function toPatient(row: PatientRow, memberRole: string) {
  const patient = {
    fileNumber: row.fileNumber,
    name: row.name,
    age: row.age,
    sex: row.sex,
    pcp: row.pcp,
    primaryProviderId: row.primaryProviderId,
    status: row.status,
    initials: row.initials,
    phone: row.phone,
    bloodType: row.bloodType,
    allergies: row.allergies,
    alerts: row.alerts,
    medications: hidesMedications(memberRole) ? [] : row.medications,
    problems: row.problems,
    vitals: row.vitals,
    vitalsTrend: row.vitalsTrend,
    labTrend: row.labTrend,
    labs: row.labs,
    encounters: row.encounters,
    source: row.source,
    shareExpiresAt: row.shareExpiresAt === null ? null : row.shareExpiresAt.toISOString(),
  };
  if (!isReceptionOnly(memberRole)) return patient;
  const emptyTrend = { label: "", unit: "", points: [] };
  return {
    ...patient,
    bloodType: "",
    allergies: [],
    alerts: [],
    medications: [],
    problems: [],
    labs: [],
    encounters: [],
    vitals: { bp: "", hr: "", temp: "", spo2: "", takenAt: "" },
    vitalsTrend: emptyTrend,
    labTrend: emptyTrend,
  };
}
