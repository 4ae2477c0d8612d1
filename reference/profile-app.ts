// What a profile's reference app is built from, the same for every profile: the environment read
// once (run-profile-reference.ts) or a test's values, and where Better Auth's own log lines go.
import type { BetterAuthOptions } from "better-auth";
import type pg from "pg";

export type ProfileAppSettings = {
  database: pg.Pool;
  /** BETTER_AUTH_URL: the app's public origin. */
  baseURL: string;
  secret: string;
  /** The frontend's origin (FRONTEND_URL) and any more (TRUSTED_ORIGINS): Better Auth's trusted origins and CORS. */
  trustedOrigins: string[];
  /** Record every email and serve the dev routes (/__dev/*). */
  testMailbox: boolean;
  /** Where the deployment's log lines (mail, Better Auth's warnings) go; the console when absent. */
  log?: (line: string) => void;
};

/** The options with Better Auth's own log lines sent to `log` (nothing on the wire); unchanged without one. */
export function withLogLines<O extends BetterAuthOptions>(options: O, log: ((line: string) => void) | undefined): O {
  return log === undefined ? options : { ...options, logger: { log: (level, message) => log(`[better-auth] ${level}: ${message}`) } };
}
