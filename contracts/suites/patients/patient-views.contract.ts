// PATIENTS: what each role sees. Reception gets demographics only, on every answer (D3 for
// transfer); lab gets no medication data (D2); pharmacy reads medications; a doctor reads only
// their own patients and the unassigned ones they created, but writes any (D4, a security advisory).
import { describe, expect } from "vitest";
import { temetroMessage } from "#openapi";
import { bodyOf, expectTemetroError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { sharedState } from "#contracts/states/shared-state";
import { clinicWith, memberOf } from "#contracts/states/staffed-clinic";
import { createPatient, patientBody, patientPath, type Patient } from "#contracts/states/record-requests";

const withDoctorAndAdmin = clinicWith(["doctor", "admin"]);
// Each check creates the patients it reads (and finds them by file number) in the run's workbench;
// a refusal is sent in a clinic no check writes to; the doctor's whole list needs a clinic of its own.
const workbench = sharedState("the workbench: a clinic with one member per role, where checks add records of their own");
const readOnlyClinic = sharedState("a clinic with only its owner, read only");

/** The patient of that file number in a list answer. */
const listedPatient = (patients: Patient[], fileNumber: string) => patients.find((patient) => patient.fileNumber === fileNumber);

/** Every clinical field of a patient as the documentation's reception view blanks it. */
function expectDemographicsOnly(patient: Patient): void {
  expect(patient).toMatchObject({ bloodType: "", allergies: [], alerts: [], medications: [], problems: [], labs: [], encounters: [] });
  expect(patient.vitals).toEqual({ bp: "", hr: "", temp: "", spo2: "", takenAt: "" });
  expect(patient.vitalsTrend.points).toEqual([]);
  expect(patient.labTrend.points).toEqual([]);
}

describe("GET /api/patients", () => {
  check("PATIENTS-RECEPTION-LIST-REDACTED", "shows reception the demographics only", async ({ given }) => {
    const state = await given(workbench);
    const { fileNumber } = await createPatient(memberOf(state, "owner").actor);
    const patient = listedPatient(bodyOf(await memberOf(state, "reception").actor.request("/api/patients"), "listPatients", 200), fileNumber);
    expect(patient).toMatchObject({ name: "Ibrahim Musa", age: 58, phone: "+234 803 555 0142" });
    if (patient !== undefined) expectDemographicsOnly(patient);
  });

  check("PATIENTS-D2-LAB-NO-MEDICATIONS", "shows lab no medication data, and the rest of the record (D2)", async ({ given }) => {
    const state = await given(workbench);
    const { fileNumber } = await createPatient(memberOf(state, "owner").actor);
    const patient = listedPatient(bodyOf(await memberOf(state, "lab").actor.request("/api/patients"), "listPatients", 200), fileNumber);
    expect(patient).toMatchObject({ medications: [], allergies: [{ substance: "Penicillin" }], labs: [{ name: "HbA1c" }] });
  });

  check("PATIENTS-PHARMACY-SEES-MEDICATIONS", "shows pharmacy the allergies and current medications", async ({ given }) => {
    const state = await given(workbench);
    const { fileNumber } = await createPatient(memberOf(state, "owner").actor);
    const patient = listedPatient(bodyOf(await memberOf(state, "pharmacy").actor.request("/api/patients"), "listPatients", 200), fileNumber);
    expect(patient).toMatchObject({ medications: [{ name: "Metformin" }], allergies: [{ substance: "Penicillin" }] });
  });

  check("PATIENTS-D4-DOCTOR-LIST-SCOPED", "lists a doctor only their patients and the unassigned ones they created (D4)", async ({ given }) => {
    const state = await given(withDoctorAndAdmin);
    const owner = memberOf(state, "owner").actor;
    const doctor = memberOf(state, "doctor");
    await createPatient(owner, patientBody({ name: "Amina Bello", primaryProviderId: doctor.userId }));
    await createPatient(owner, patientBody({ name: "Bashir Sani" }));
    await createPatient(owner, patientBody({ name: "Chidi Okeke", primaryProviderId: memberOf(state, "admin").userId }));
    await createPatient(doctor.actor, patientBody({ name: "Dayo Ade" }));
    const listed = bodyOf(await doctor.actor.request("/api/patients"), "listPatients", 200);
    expect(listed.map((patient) => patient.name)).toEqual(["Amina Bello", "Dayo Ade"]);
  });
});

describe("GET /api/patients/{fileNumber}", () => {
  check("PATIENTS-RECEPTION-GET-REDACTED", "shows reception one patient's demographics only", async ({ given }) => {
    const state = await given(workbench);
    const { fileNumber } = await createPatient(memberOf(state, "owner").actor);
    expectDemographicsOnly(bodyOf(await memberOf(state, "reception").actor.request(patientPath(fileNumber)), "getPatient", 200));
  });

  check("PATIENTS-D4-DOCTOR-GET-SCOPED", "answers a doctor 404 for a patient outside their scope (D4)", async ({ given }) => {
    const state = await given(workbench);
    const { fileNumber } = await createPatient(memberOf(state, "owner").actor);
    expectTemetroError(await memberOf(state, "doctor").actor.request(patientPath(fileNumber)), 404, temetroMessage("PATIENT_NOT_FOUND"));
  });
});

describe("POST /api/patients", () => {
  check("PATIENTS-RECEPTION-CREATE-DEMOGRAPHICS", "writes only the demographics reception sends, and answers them redacted", async ({ given }) => {
    const state = await given(workbench);
    const created = bodyOf(await memberOf(state, "reception").actor.request("/api/patients", { json: patientBody() }), "createPatient", 201);
    expectDemographicsOnly(created);
    const stored = bodyOf(await memberOf(state, "owner").actor.request(patientPath(created.fileNumber)), "getPatient", 200);
    expect(stored).toMatchObject({ name: "Ibrahim Musa", phone: "+234 803 555 0142", medications: [], allergies: [], bloodType: "" });
  });
});

describe("PUT /api/patients/{fileNumber}", () => {
  check("PATIENTS-RECEPTION-UPDATE-KEEPS-CLINICAL", "updates the demographics reception sends and leaves the clinical data alone", async ({ given }) => {
    const state = await given(workbench);
    const owner = memberOf(state, "owner").actor;
    const { fileNumber } = await createPatient(owner);
    const answered = bodyOf(await memberOf(state, "reception").actor.request(patientPath(fileNumber), { method: "PUT", json: { fileNumber, name: "Ibrahim Musa", phone: "0700 000 0000" } }), "updatePatient", 200);
    expectDemographicsOnly(answered);
    const stored = bodyOf(await owner.request(patientPath(fileNumber)), "getPatient", 200);
    expect(stored).toMatchObject({ phone: "0700 000 0000", bloodType: "O+", medications: [{ name: "Metformin" }], labs: [{ name: "HbA1c" }] });
  });

  check("PATIENTS-D4-DOCTOR-WRITES-UNSCOPED", "lets a doctor replace a patient they cannot read and add lab results to it (D4: writes are not scoped)", async ({ given, advise }) => {
    const state = await given(workbench);
    const { fileNumber } = await createPatient(memberOf(state, "owner").actor);
    const doctor = memberOf(state, "doctor").actor;
    expectTemetroError(await doctor.request(patientPath(fileNumber)), 404, temetroMessage("PATIENT_NOT_FOUND"));
    bodyOf(await doctor.request(patientPath(fileNumber), { method: "PUT", json: patientBody({ fileNumber, alerts: ["Edited by a doctor who cannot read it"] }) }), "updatePatient", 200);
    const added = { name: "Potassium", value: "4.1 mmol/L", flag: "normal", takenAt: "2026-11-21" };
    bodyOf(await doctor.request(patientPath(fileNumber, "/labs"), { json: { labs: [added] } }), "appendPatientLabs", 201);
    advise("SEC-PATIENTS-DOCTOR-UNSCOPED-WRITES", "medium",
      "A doctor can replace any patient record of the clinic, and add or remove its lab results, by file number, including patients outside their scope that they cannot read (temetro scopes doctors' reads only; decision D4).",
      "Scope doctors' patient writes in temetro as their reads are scoped (404 for a record outside their scope); until then, give the doctor role only to people trusted with every patient record of the clinic.");
  });
});

describe("POST /api/patients/{fileNumber}/transfer", () => {
  check("PATIENTS-TRANSFER-SETS-PROVIDER", "makes the provider the primary provider and their name the pcp", async ({ given }) => {
    const state = await given(workbench);
    const { fileNumber } = await createPatient(memberOf(state, "owner").actor);
    const doctor = memberOf(state, "doctor");
    const patient = bodyOf(await memberOf(state, "owner").actor.request(patientPath(fileNumber, "/transfer"), { json: { providerId: doctor.userId } }), "transferPatient", 200);
    expect(patient).toMatchObject({ primaryProviderId: doctor.userId, pcp: doctor.identity.name });
  });

  check("PATIENTS-TRANSFER-NOT-A-MEMBER", `answers 400 "${temetroMessage("PROVIDER_NOT_A_MEMBER")}" for a non-member, before looking up the patient`, async ({ given }) => {
    const owner = memberOf(await given(readOnlyClinic), "owner").actor;
    expectTemetroError(await owner.request(patientPath("99999999", "/transfer"), { json: { providerId: "not-a-member-of-this-clinic" } }), 400, temetroMessage("PROVIDER_NOT_A_MEMBER"));
  });

  check("PATIENTS-D3-RECEPTION-TRANSFER-REDACTED", "answers reception's transfer with the demographics only (D3)", async ({ given }) => {
    const state = await given(workbench);
    const owner = memberOf(state, "owner");
    const { fileNumber } = await createPatient(owner.actor);
    const patient = bodyOf(await memberOf(state, "reception").actor.request(patientPath(fileNumber, "/transfer"), { json: { providerId: owner.userId } }), "transferPatient", 200);
    expect(patient.primaryProviderId).toBe(owner.userId);
    expectDemographicsOnly(patient);
  });

  check("PATIENTS-D4-DOCTOR-TRANSFER-SCOPED", "answers a doctor 404 for transferring a patient outside their scope (D4)", async ({ given }) => {
    const state = await given(workbench);
    const { fileNumber } = await createPatient(memberOf(state, "owner").actor);
    const doctor = memberOf(state, "doctor");
    expectTemetroError(await doctor.actor.request(patientPath(fileNumber, "/transfer"), { json: { providerId: doctor.userId } }), 404, temetroMessage("PATIENT_NOT_FOUND"));
  });
});

describe("POST /api/patients/{fileNumber}/labs", () => {
  check("PATIENTS-D2-LAB-APPEND-NO-MEDICATIONS", "answers lab's new results with the patient, without medication data (D2)", async ({ given }) => {
    const state = await given(workbench);
    const { fileNumber } = await createPatient(memberOf(state, "owner").actor);
    const added = { name: "Creatinine", value: "88 µmol/L", flag: "normal", takenAt: "2026-11-21" };
    const patient = bodyOf(await memberOf(state, "lab").actor.request(patientPath(fileNumber, "/labs"), { json: { labs: [added] } }), "appendPatientLabs", 201);
    expect(patient.medications).toEqual([]);
    expect(patient.labs).toContainEqual(added);
  });
});
