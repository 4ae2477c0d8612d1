// The mock's settings, resolved from MockOptions with temetro's defaults.
import type { MockOptions } from "../glossary.ts";

export const SESSION_EXPIRES_IN_S = 7 * 24 * 60 * 60;
export const SESSION_UPDATE_AGE_S = 24 * 60 * 60;
export const COOKIE_CACHE_MAX_AGE_S = 5 * 60;
export const FRESH_AGE_S = 24 * 60 * 60;
export const INVITATION_EXPIRES_IN_S = 7 * 24 * 60 * 60;
export const RESET_TOKEN_EXPIRES_IN_S = 60 * 60;
export const VERIFY_TOKEN_EXPIRES_IN_S = 60 * 60;
export const MEMBERSHIP_LIMIT = 200;
/** express.json({limit: "15mb"}) in temetro. */
export const JSON_BODY_LIMIT_BYTES = 15 * 1024 * 1024;

export type MockConfig = {
  baseUrl: string;
  frontendUrl: string;
  trustedOrigins: string[];
  secure: boolean;
  secret: string;
  log: (line: string) => void;
};

/** Resolves the options into the settings every module reads. */
export function resolveConfig(options: MockOptions = {}): MockConfig {
  const baseUrl = (options.baseUrl ?? "http://localhost:4000").replace(/\/+$/, "");
  return {
    baseUrl,
    frontendUrl: (options.frontendUrl ?? "http://localhost:3000").replace(/\/+$/, ""),
    trustedOrigins: options.trustedOrigins ?? [],
    secure: baseUrl.startsWith("https://"),
    secret: options.secret ?? "temetro-contract-mock-secret-for-development-only",
    log: options.log ?? ((line) => console.log(line)),
  };
}
