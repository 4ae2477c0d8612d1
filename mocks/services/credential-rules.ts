// The credential rules temetro configures (usernames: 3–32 characters of [a-zA-Z0-9_.], stored
// lower-cased; passwords: 12–256 characters), as the spec writes them once (credentialRules).
import { credentialRules } from "#openapi";

export type UsernameProblem = "USERNAME_TOO_SHORT" | "USERNAME_TOO_LONG" | "INVALID_USERNAME";

/** The longest password Better Auth accepts (maxPasswordLength); longer ones are 400 PASSWORD_TOO_LONG wherever a password is checked. */
export const MAX_PASSWORD_LENGTH = credentialRules.password.maxLength;

/** What is wrong with a username, checked in the plugin's order (length, then characters), or null. */
export function usernameProblem(username: string): UsernameProblem | null {
  const { minLength, maxLength, pattern } = credentialRules.username;
  if (username.length < minLength) return "USERNAME_TOO_SHORT";
  if (username.length > maxLength) return "USERNAME_TOO_LONG";
  return pattern.test(username) ? null : "INVALID_USERNAME";
}

/** The stored form of a username. */
export const normalizeUsername = (username: string): string => username.toLowerCase();
