// The credential rules temetro configures (usernames: 3–32 characters of [a-zA-Z0-9_.], stored
// lower-cased; passwords: 12–256 characters), read from the spec's SignUpEmailRequest so they are written once.
import { resolveRef, spec } from "#openapi";

export type UsernameProblem = "USERNAME_TOO_SHORT" | "USERNAME_TOO_LONG" | "INVALID_USERNAME";

type CredentialRules = { username: { min: number; max: number; pattern: RegExp }; passwordMax: number };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function readRules(): CredentialRules {
  const request = resolveRef(spec.components.schemas.SignUpEmailRequest);
  const properties = isRecord(request) && isRecord(request.properties) ? request.properties : {};
  const username = resolveRef(properties.username);
  const password = resolveRef(properties.password);
  if (!isRecord(username) || typeof username.minLength !== "number" || typeof username.maxLength !== "number" || typeof username.pattern !== "string") {
    throw new Error("Failed to read the username rules: SignUpEmailRequest.username needs minLength, maxLength and pattern. Fix openapi/components/schemas/auth.yaml.");
  }
  if (!isRecord(password) || typeof password.maxLength !== "number") {
    throw new Error("Failed to read the password rules: SignUpEmailRequest.password needs maxLength. Fix openapi/components/schemas/auth.yaml.");
  }
  return { username: { min: username.minLength, max: username.maxLength, pattern: new RegExp(username.pattern) }, passwordMax: password.maxLength };
}

const rules = readRules();

/** The longest password Better Auth accepts (maxPasswordLength); longer ones are 400 PASSWORD_TOO_LONG wherever a password is checked. */
export const MAX_PASSWORD_LENGTH = rules.passwordMax;

/** What is wrong with a username, checked in the plugin's order (length, then characters), or null. */
export function usernameProblem(username: string): UsernameProblem | null {
  if (username.length < rules.username.min) return "USERNAME_TOO_SHORT";
  if (username.length > rules.username.max) return "USERNAME_TOO_LONG";
  return rules.username.pattern.test(username) ? null : "INVALID_USERNAME";
}

/** The stored form of a username. */
export const normalizeUsername = (username: string): string => username.toLowerCase();
