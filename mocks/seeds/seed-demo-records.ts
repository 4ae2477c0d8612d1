// Fills the demo clinic with its records: patients, appointments and prescriptions (here), tasks
// and conversations (seed-demo-team.ts). Every record goes through the services the handlers use,
// so it is stored exactly as the API would have stored it, and the store checks it against the spec.
import type { MockContext } from "../core/context.ts";
import type { PatientRecord } from "../core/store.ts";
import type { SeedRecords } from "../glossary.ts";
import { appointmentFieldsOf } from "../services/appointment-input.ts";
import { insertAppointment, insertPrescription } from "../services/clinic-records.ts";
import { blankClinicalFields, demographicsOf, patientFieldsOf, type PatientFields } from "../services/patient-input.ts";
import { prescriptionFieldsOf } from "../services/prescription-input.ts";
import { insertPatient } from "../services/patients.ts";
import { roleViewOf } from "../services/role-view.ts";
import { DEMO_APPOINTMENTS, DEMO_PRESCRIPTIONS } from "./demo-schedule-data.ts";
import { demoPatients } from "./demo-patients-data.ts";
import { seedContext, type DemoClinic, type DemoStaffMember } from "./seed-context.ts";
import { seedDemoTeam } from "./seed-demo-team.ts";

/** Fills a freshly created demo clinic with its records; returns how many of each it holds. */
export async function seedDemoRecords(mock: MockContext, organizationId: string, staff: ReadonlyMap<string, DemoStaffMember>): Promise<SeedRecords> {
  const seed = seedContext(mock);
  const patients = new Map<string, PatientRecord>();
  const clinic: DemoClinic = {
    organizationId,
    seed,
    staff: (username) => staff.get(username) ?? fail(`no staff member "${username}". Use a username of STAFF or COLLEAGUES in mocks/seeds/demo-clinic.ts`),
    patient: (name) => patients.get(name) ?? fail(`no patient named "${name}". Name one of mocks/seeds/demo-patients-data.ts`),
  };
  for (const patient of await seedPatients(clinic)) patients.set(patient.name, patient);
  const appointments = await seedAppointments(clinic);
  const prescriptions = await seedPrescriptions(clinic);
  const team = await seedDemoTeam(clinic);
  const today = seed.day(0);
  return {
    patients: patients.size,
    appointments: appointments.length,
    appointmentsToday: appointments.filter((appointment) => appointment.date === today).length,
    prescriptions: prescriptions.length,
    ...team,
  };
}

function fail(reason: string): never {
  throw new Error(`Failed to seed the demo clinic: ${reason}.`);
}

/**
 * Registers each patient as POST /api/patients would for whoever registered them (reception stores
 * demographics only). A Patient has no timestamps in the API, so patients are dated at the seed's now.
 */
async function seedPatients(clinic: DemoClinic): Promise<PatientRecord[]> {
  const { seed, organizationId } = clinic;
  const stored: PatientRecord[] = [];
  for (const { provider: username, registeredBy, ...body } of demoPatients(seed.day)) {
    const provider = username === null ? null : clinic.staff(username);
    const registrar = registeredBy === undefined ? provider : clinic.staff(registeredBy);
    if (registrar === null) fail(`${body.name} has neither a provider nor a registrar. Name one in mocks/seeds/demo-patients-data.ts`);
    const input = { ...body, pcp: provider?.name ?? "", primaryProviderId: provider?.id ?? null };
    const fields: PatientFields = roleViewOf(registrar.role, registrar.id).receptionOnly
      ? { ...demographicsOf(input), ...blankClinicalFields(), source: "manual" }
      : patientFieldsOf(input);
    fields.fileNumber = "";
    stored.push(await insertPatient(seed.ctx, organizationId, registrar.id, fields));
  }
  return stored;
}

/** Books each appointment as POST /api/appointments would, five days before its date (a minute apart, in list order). */
async function seedAppointments(clinic: DemoClinic) {
  const { seed, organizationId } = clinic;
  const stored = [];
  for (const [index, appointment] of DEMO_APPOINTMENTS.entries()) {
    const patient = clinic.patient(appointment.patient);
    seed.at(seed.moment(appointment.day - 5, "10:00") + index * 60_000);
    const fields = appointmentFieldsOf({
      fileNumber: patient.fileNumber,
      name: patient.name,
      date: seed.day(appointment.day),
      time: appointment.time,
      type: appointment.type,
      provider: clinic.staff(appointment.provider).name,
      status: appointment.status,
      source: appointment.source ?? "manual",
    });
    stored.push(await insertAppointment(seed.ctx, organizationId, fields));
  }
  return stored;
}

/** Writes each prescription as POST /api/prescriptions would, at 11:00 on the day it was prescribed. */
async function seedPrescriptions(clinic: DemoClinic) {
  const { seed, organizationId } = clinic;
  const stored = [];
  for (const [index, prescription] of DEMO_PRESCRIPTIONS.entries()) {
    const patient = clinic.patient(prescription.patient);
    const prescriber = clinic.staff(prescription.prescriber).name;
    const prescribedAt = seed.day(prescription.prescribed);
    seed.at(seed.moment(prescription.prescribed, "11:00") + index * 60_000);
    const dayOrNull = (offset: number | null) => (offset === null ? null : seed.day(offset));
    const fields = prescriptionFieldsOf(
      {
        fileNumber: patient.fileNumber,
        name: patient.name,
        initials: patient.initials,
        medication: prescription.medication,
        dose: prescription.dose,
        frequency: prescription.frequency,
        prescriber,
        prescribedAt,
        startDate: dayOrNull(prescription.start),
        endDate: dayOrNull(prescription.end),
        status: prescription.status,
        duration: prescription.duration,
        notes: prescription.notes,
        source: prescription.source ?? "manual",
      },
      { prescriber, prescribedAt },
    );
    stored.push(await insertPrescription(seed.ctx, organizationId, fields));
  }
  return stored;
}
