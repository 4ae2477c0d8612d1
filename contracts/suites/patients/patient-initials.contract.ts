// PATIENTS: initials derived from a name whose last word starts outside the Basic Multilingual Plane
// (an emoji). temetro takes the first UTF-16 unit of a word, so the initials end in half a surrogate
// pair: not refused, raised as an advisory (D43).
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { sharedState } from "#contracts/states/shared-state";
import { createPatient, patientBody } from "#contracts/states/record-requests";

// The check creates a patient of its own and reads back only that one.
const workbench = sharedState("the workbench: a clinic with one member per role, where checks add records of their own");

/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("POST /api/patients, derived initials", () => {
  check("PATIENTS-D43-INITIALS-OUTSIDE-BMP", "derives initials from a name ending in an emoji, starting with the first word's letter; half a surrogate pair in them is an advisory (D43)", async ({ given, advise }) => {
    const owner = (await given(workbench)).owner.actor;
    const { initials } = await createPatient(owner, patientBody({ name: "Nul Uni 😀", initials: "" }));
    expect(initials.startsWith("N"), `initials ${JSON.stringify(initials)} start with the first word's letter`).toBe(true);
    if (LONE_SURROGATE.test(initials)) {
      advise("ADVISORY-INITIALS-LONE-SURROGATE", "low",
        `Initials derived from "Nul Uni 😀" are ${JSON.stringify(initials)}: half of the emoji's surrogate pair, which no font draws and some JSON parsers and databases refuse (temetro's initialsFromName takes UTF-16 units).`,
        "Send initials explicitly for names that start a word with an emoji or another character outside the Basic Multilingual Plane; in temetro, derive initials by code point (Array.from(word)[0]).");
    }
  });
});
