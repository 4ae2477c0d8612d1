// patientFieldsOf applies temetro's patientInputSchema transforms to a body the spec accepted.
import { expect, test } from "vitest";
import { demographicsOf, patientFieldsOf } from "./patient-input.ts";

test("strips every non-digit from the file number (D5)", () => {
  expect(demographicsOf({ name: "Ibrahim Musa", fileNumber: " P-00042 " }).fileNumber).toBe("00042");
});

test("reads a numeric string age as a number and null as 0", () => {
  expect(demographicsOf({ name: "A", age: " 42 " }).age).toBe(42);
  expect(demographicsOf({ name: "A", age: null }).age).toBe(0);
});

test("reads sex by its first letter", () => {
  expect(demographicsOf({ name: "A", sex: "woman" }).sex).toBe("F");
  expect(demographicsOf({ name: "A", sex: "male" }).sex).toBe("M");
  expect(demographicsOf({ name: "A" }).sex).toBe("M");
});

test("derives initials from the name when none are given", () => {
  expect(demographicsOf({ name: "  Ibrahim Musa ", initials: " " })).toMatchObject({ name: "Ibrahim Musa", initials: "IM" });
});

test("stores an empty primary provider as null", () => {
  expect(demographicsOf({ name: "A", primaryProviderId: "" }).primaryProviderId).toBeNull();
});

test("expands bare strings and fills in the defaults of list items", () => {
  const fields = patientFieldsOf({ name: "A", allergies: ["Penicillin"], medications: ["Metformin"], problems: ["Asthma"], encounters: [{ date: "", type: " ", provider: "", summary: "" }] });
  expect(fields.allergies).toEqual([{ substance: "Penicillin", reaction: "", severity: "mild" }]);
  expect(fields.medications).toEqual([{ name: "Metformin", dose: "", frequency: "" }]);
  expect(fields.problems).toEqual([{ label: "Asthma", since: "" }]);
  expect(fields.encounters).toEqual([{ date: "", type: "Visit", provider: "", summary: "" }]);
});
