// The registry and the plain list vitest.config.ts makes projects from must name the same profiles.
import { expect, test } from "vitest";
import { OTHER_PROFILES, suiteOf } from "./profile-suites.ts";
import { DEFAULT_PROFILE, PROFILE_NAMES, profileNamed } from "./profiles.ts";

test("every registered profile has its projects in vitest.config.ts, and no other", () => {
  expect(PROFILE_NAMES).toEqual([DEFAULT_PROFILE, ...OTHER_PROFILES]);
});

test("each profile's suite is where profile-suites.ts says", () => {
  for (const name of PROFILE_NAMES) expect(profileNamed(name).suite).toBe(suiteOf(name));
});
