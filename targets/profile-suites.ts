// Where each profile's contract files live, as plain data: read by the profile registry
// (./profiles.ts) and by vitest.config.ts, which makes each profile's in-process and HTTP projects
// from it without loading a profile's spec at config time.

/** temetro's suite; every other profile's is `profiles/<name>/contracts/`. */
const TEMETRO_SUITE = "contracts/suites/**/*.contract.ts";

/** The profiles besides temetro, in the order the CLI lists them. */
export const OTHER_PROFILES = ["generic-better-auth", "authjs-org-saas"] as const;

/** The contract files of a profile, relative to the package root (a vitest include). */
export function suiteOf(profile: string): string {
  return profile === "temetro" ? TEMETRO_SUITE : `profiles/${profile}/contracts/**/*.contract.ts`;
}
