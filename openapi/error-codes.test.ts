// The error tables are typed by their keys (tsc rejects an unknown code: the @ts-expect-error lines
// fail `npm test`'s tsc step if a typo ever compiles), temetro's route messages fill in their
// templates, and the reference deployment writes temetro's messages exactly as the tables do.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { betterAuthError, errorCodes, temetroError, temetroMessage, temetroRouteError } from "./error-codes.ts";

test("rejects an unknown code at compile time and at run time", () => {
  // @ts-expect-error INVALID_ORIGN is not a code of x-error-codes.betterAuth
  expect(() => betterAuthError("INVALID_ORIGN")).toThrow(/Failed to find Better Auth error code "INVALID_ORIGN"/);
  // @ts-expect-error MALFORMED_URI is not a key of x-error-codes.temetro
  expect(() => temetroError("MALFORMED_URI")).toThrow(/Failed to find temetro error "MALFORMED_URI"/);
  // @ts-expect-error PATIENT_MISSING is not a key of x-error-codes.temetroRoutes
  expect(() => temetroMessage("PATIENT_MISSING")).toThrow(/Failed to find temetro's route message "PATIENT_MISSING"/);
  expect(betterAuthError("INVALID_ORIGIN")).toEqual({ code: "INVALID_ORIGIN", message: "Invalid origin" });
  expect(temetroError("MALFORMED_URL")).toEqual({ status: 400, body: { error: "Malformed URL." } });
});

test("fills in a template's values, which the compiler requires exactly", () => {
  expect(temetroMessage("PATIENT_FILE_NUMBER_TAKEN", { fileNumber: 4711 })).toBe("A patient with file number 4711 already exists in this clinic.");
  expect(temetroRouteError("PATIENT_NOT_FOUND")).toEqual({ status: 404, body: { error: "Patient not found." } });
  // @ts-expect-error the template needs {fileNumber}
  expect(() => temetroMessage("PATIENT_FILE_NUMBER_TAKEN")).toThrow(/no value for \{fileNumber\}/);
  // @ts-expect-error a plain message takes no values
  expect(temetroMessage("PATIENT_NOT_FOUND", { fileNumber: "1" })).toBe("Patient not found.");
});

// The reference stands in for temetro's own code, so it writes temetro's strings as temetro does;
// this holds them to the table both ways.
const referenceRoot = join(import.meta.dirname, "..", "reference");

function referenceSources(dir = referenceRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return referenceSources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [readFileSync(path, "utf8")] : [];
  });
}

/** Every `HttpError(status, "…")`, `deny(res, status, "…")` and `res.status(status).json({ error: "…" })` of the reference. */
function referenceAnswers(sources: string[]): Array<{ status: number; error: string }> {
  const patterns = [/(?:HttpError|deny)\((?:res, )?(\d{3}), (["`])((?:(?!\2).)*)\2\)/g, /status\((\d{3})\)\.json\(\{ error: (")((?:(?!").)*)"/g];
  return sources.flatMap((source) => patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => ({ status: Number(match[1]), error: match[3] ?? "" }))));
}

test("the reference writes each of temetro's messages as the table does, and no other", () => {
  const sources = referenceSources();
  const table = [...Object.values(errorCodes.temetro), ...Object.values(errorCodes.temetroRoutes)]
    .map(({ status, error }) => ({ status, error: error.replace(/\{(\w+)\}/g, "${$1}") }));
  const written = sources.join("\n");
  const missing = table.filter(({ error }) => !written.includes(`"${error}"`) && !written.includes(`\`${error}\``));
  expect(missing, "table messages the reference does not write").toEqual([]);
  const answers = referenceAnswers(sources);
  expect(answers.length).toBeGreaterThan(15);
  const unknown = answers.filter((answer) => answer.status < 500 && !table.some((entry) => entry.status === answer.status && entry.error === answer.error));
  expect(unknown, "reference answers not in the table (with their status)").toEqual([]);
});
