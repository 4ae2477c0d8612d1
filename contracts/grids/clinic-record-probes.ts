// One probe per clinic-record operation: a request that succeeds for a caller holding the
// operation's permission, on a record the owner prepares for that caller alone. Which role gets
// which answer is not written here: the role matrix (x-rules.permission) decides.
import type { Actor, Exchange } from "#targets/target";
import {
  appointmentBody, createAppointment, createPatient, createPrescription, patientBody, patientPath, prescriptionBody,
} from "#contracts/states/record-requests";

/** What a probe may use: the clinic's owner (who prepares records) and the doctor's user id. */
export type ProbeContext = { owner: Actor; doctorId: string };

export type RoleProbe = {
  /** The success status a permitted caller gets. */
  passes: number;
  send(caller: Actor, context: ProbeContext): Promise<Exchange>;
};

/** A patient every role can see: the doctor is its primary provider (decision D4 scopes doctors' reads). */
const visiblePatient = ({ owner, doctorId }: ProbeContext) => createPatient(owner, patientBody({ primaryProviderId: doctorId }));
const lab = { name: "Fasting glucose", value: "6.8 mmol/L", flag: "high", takenAt: "2026-11-21" };

export const roleProbes: Record<string, RoleProbe> = {
  listPatients: { passes: 200, send: (caller) => caller.request("/api/patients") },
  getPatient: { passes: 200, send: async (caller, context) => caller.request(patientPath((await visiblePatient(context)).fileNumber)) },
  createPatient: { passes: 201, send: (caller) => caller.request("/api/patients", { json: patientBody({ name: "Grace Obi" }) }) },
  updatePatient: {
    passes: 200,
    // The record's own file number, as temetro's frontend sends it: a PUT without one is its own check (D24).
    send: async (caller, context) => {
      const { fileNumber } = await visiblePatient(context);
      return caller.request(patientPath(fileNumber), { method: "PUT", json: patientBody({ fileNumber, age: 59 }) });
    },
  },
  transferPatient: {
    passes: 200,
    send: async (caller, context) =>
      caller.request(patientPath((await visiblePatient(context)).fileNumber, "/transfer"), { json: { providerId: context.doctorId } }),
  },
  appendPatientLabs: {
    passes: 201,
    send: async (caller, context) => caller.request(patientPath((await visiblePatient(context)).fileNumber, "/labs"), { json: { labs: [lab] } }),
  },
  deletePatientLabs: {
    passes: 200,
    send: async (caller, context) => {
      const { fileNumber } = await visiblePatient(context);
      return caller.request(patientPath(fileNumber, "/labs"), { method: "DELETE", json: { name: "HbA1c", value: "7.1 %", takenAt: "2026-11-18" } });
    },
  },
  deletePatient: { passes: 204, send: async (caller, context) => caller.request(patientPath((await visiblePatient(context)).fileNumber), { method: "DELETE" }) },
  listAppointments: { passes: 200, send: (caller) => caller.request("/api/appointments") },
  createAppointment: { passes: 201, send: (caller) => caller.request("/api/appointments", { json: appointmentBody() }) },
  updateAppointment: {
    passes: 200,
    send: async (caller, { owner }) => caller.request(`/api/appointments/${(await createAppointment(owner)).id}`, { method: "PUT", json: appointmentBody({ status: "checked-in" }) }),
  },
  deleteAppointment: {
    passes: 204,
    send: async (caller, { owner }) => caller.request(`/api/appointments/${(await createAppointment(owner)).id}`, { method: "DELETE" }),
  },
  listPrescriptions: { passes: 200, send: (caller) => caller.request("/api/prescriptions") },
  createPrescription: { passes: 201, send: (caller) => caller.request("/api/prescriptions", { json: prescriptionBody() }) },
  updatePrescription: {
    passes: 200,
    send: async (caller, { owner }) => caller.request(`/api/prescriptions/${(await createPrescription(owner)).id}`, { method: "PUT", json: prescriptionBody({ status: "completed" }) }),
  },
  deletePrescription: {
    passes: 204,
    send: async (caller, { owner }) => caller.request(`/api/prescriptions/${(await createPrescription(owner)).id}`, { method: "DELETE" }),
  },
};
