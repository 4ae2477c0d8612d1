// PATIENTS: a file number stays what it is unless a body names another. A PUT without one keeps the
// record's number (D24; temetro's code blanks it); a number past PostgreSQL's bigint range is refused
// (D38; temetro accepts it and its next auto-numbering fails with 500).
import { describe, expect } from "vitest";
import { temetroMessage } from "#openapi";
import { bodyOf, expectTemetroError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { clinicWith, memberOf } from "#contracts/states/staffed-clinic";
import { createPatient, patientBody, patientPath } from "#contracts/states/record-requests";

const onlyOwner = clinicWith([]);
const MAX_FILE_NUMBER = "9223372036854775807";
const tooLarge = { code: "custom", path: ["fileNumber"], message: `File number must be at most ${MAX_FILE_NUMBER}.` };

describe("PUT /api/patients/{fileNumber}", () => {
  check("PATIENTS-D24-PUT-KEEPS-FILE-NUMBER", "keeps the record's file number when a PUT sends none, for every record of the clinic (D24)", async ({ given }) => {
    const owner = memberOf(await given(onlyOwner), "owner").actor;
    const first = await createPatient(owner);
    const second = await createPatient(owner, patientBody({ name: "Grace Obi" }));
    for (const { fileNumber, name } of [first, second]) {
      const exchange = await owner.request(patientPath(fileNumber), { method: "PUT", json: patientBody({ name, age: 61 }) });
      // temetro's code writes the absent number as "": the second blank PUT then collides with the first (409).
      expect(exchange.status, `PUT ${patientPath(fileNumber)} without a fileNumber (decision D24: the number is kept)`).toBe(200);
      expect(bodyOf(exchange, "updatePatient", 200).fileNumber, `the file number after a PUT without one (decision D24)`).toBe(fileNumber);
      expect(bodyOf(await owner.request(patientPath(fileNumber)), "getPatient", 200).age).toBe(61);
    }
  });
});

describe("POST /api/patients", () => {
  check("PATIENTS-D38-FILE-NUMBER-RANGE", "refuses a file number past PostgreSQL's bigint maximum with 400 and one custom issue, and keeps numbering (D38)", async ({ given }) => {
    const owner = memberOf(await given(onlyOwner), "owner").actor;
    for (const fileNumber of ["9".repeat(400), "P-9223372036854775808"]) {
      const refused = bodyOf(await owner.request("/api/patients", { json: patientBody({ fileNumber }) }), "createPatient", 400);
      expect(refused.details, `details for a ${fileNumber.length}-character file number`).toEqual([tooLarge]);
    }
    // Nothing was stored, so the clinic's numbering still works (temetro: 500 on every later auto-numbered create).
    expect((await createPatient(owner, patientBody({ fileNumber: "" }))).fileNumber).toBe("10000");
    expect((await createPatient(owner, patientBody({ fileNumber: MAX_FILE_NUMBER, name: "Grace Obi" }))).fileNumber).toBe(MAX_FILE_NUMBER);
  });

  check("PATIENTS-D38-NUMBERS-EXHAUSTED", "answers 409 when the clinic's greatest file number is the maximum and none is sent (D38)", async ({ given }) => {
    const owner = memberOf(await given(onlyOwner), "owner").actor;
    await createPatient(owner, patientBody({ fileNumber: MAX_FILE_NUMBER }));
    expectTemetroError(await owner.request("/api/patients", { json: patientBody({ name: "Grace Obi" }) }), 409, temetroMessage("FILE_NUMBERS_EXHAUSTED"));
  });
});
