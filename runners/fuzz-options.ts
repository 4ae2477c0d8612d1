// Reads the `fuzz` command's arguments into FuzzOptions; a wrong value is a UsageError (exit 2).
import { randomInt } from "node:crypto";
import { operations } from "#openapi";
import { DEFAULT_COMMAND_CASES } from "#contracts/fuzz/fuzz-plan";
import { UsageError } from "./errors.ts";
import type { FuzzOptions } from "./fuzz.ts";

export type FuzzArguments = { url?: string; cases?: string; seed?: string; safe?: boolean; origin?: string; only?: string[] };

function wholeNumber(option: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(`Failed to read ${option} "${value}": use a whole number from ${min} to ${max}.`);
  }
  return number;
}

/** The options of a `fuzz` run; a seed is drawn at random (and printed) when none is given. */
export function readFuzzOptions(values: FuzzArguments): Omit<FuzzOptions, "out"> {
  const only = (values.only ?? []).flatMap((value) => value.split(",")).map((id) => id.trim()).filter((id) => id !== "");
  const unknown = only.filter((id) => !operations.some((operation) => operation.operationId === id));
  if (unknown.length > 0) throw new UsageError(`Failed to read --only "${unknown.join(",")}": not an operationId of the spec. Use ids such as createPatient,signInEmail.`);
  let frontendOrigin: string;
  try {
    frontendOrigin = new URL(values.origin ?? "http://localhost:3000").origin;
  } catch {
    throw new UsageError(`Failed to read --origin "${values.origin}": it is not a URL. Pass the frontend's origin, like http://localhost:3000.`);
  }
  return {
    ...(values.url === undefined ? {} : { url: values.url }),
    cases: values.cases === undefined ? DEFAULT_COMMAND_CASES : wholeNumber("--cases", values.cases, 1, 100_000),
    seed: values.seed === undefined ? randomInt(2 ** 31 - 1) : wholeNumber("--seed", values.seed, 0, 2 ** 31 - 1),
    safe: values.safe === true,
    frontendOrigin,
    only,
  };
}
