// x-message: temetro's custom messages replace zod's defaults for a property's own constraints only.
import { expect, test } from "vitest";
import { getOperation } from "#openapi";
import { applyXMessages } from "./x-message.ts";

const createAppointment = getOperation("createAppointment");

test("replaces the message of a pattern issue with the property's x-message", () => {
  const issues = [{ code: "invalid_format", path: ["date"], message: "Invalid string: must match pattern" }];
  expect(applyXMessages(createAppointment, issues)[0]?.message).toBe("Date must be YYYY-MM-DD.");
});

test("keeps zod's message for a missing value", () => {
  const issues = [{ code: "invalid_type", path: ["date"], message: "Invalid input: expected string, received undefined" }];
  expect(applyXMessages(createAppointment, issues)[0]?.message).toBe("Invalid input: expected string, received undefined");
});

test("finds the x-message of a referenced schema", () => {
  const issues = [{ code: "invalid_format", path: ["startDate"], message: "Invalid ISO date" }];
  expect(applyXMessages(getOperation("createPrescription"), issues)[0]?.message).toBe("Date must be YYYY-MM-DD.");
});

test("leaves properties without an x-message alone", () => {
  const issues = [{ code: "too_small", path: ["labs", 0, "name"], message: "Too small: expected string to have >=1 characters" }];
  expect(applyXMessages(getOperation("appendPatientLabs"), issues)[0]?.message).toBe("Too small: expected string to have >=1 characters");
});
