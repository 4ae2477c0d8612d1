// The profiles a run can check (`--profile NAME`): each names its contract, its in-process mock and
// its suite's contract files. temetro is the default; a profile's modules load only when it is used.
import type { ContractDocument } from "#openapi";
import { suiteOf } from "./profile-suites.ts";
import type { Target } from "./target.ts";

/** How X-Forwarded-For trust is probed where temetro's session-IP probe does not apply: a path limited to `max` requests a window, and a body it refuses. */
export type RateLimitProbe = { path: string; json: unknown; max: number };

export type TargetProfile = {
  readonly name: string;
  /** One line for the CLI's help and the reports. */
  readonly title: string;
  /** The profile's contract files, relative to the package root (a vitest include). */
  readonly suite: string;
  /** The contract answers are matched to and checked against. */
  document(): Promise<ContractDocument>;
  /** A target over a new, empty, silent mock of the profile inside this process. */
  createInProcessTarget(options: { safe: boolean }): Promise<Target>;
  /** Where a probe finds the session route before a run (JSON when the auth library is mounted); absent for Better Auth's /api/auth/get-session. */
  sessionPath?: string;
  /** Absent for temetro, whose probe reads the IP its sessions record; null for a profile with no rate limits (nothing to probe). */
  rateLimitProbe?: RateLimitProbe | null;
  /** Serves the profile's mock over HTTP (the `mock --profile` command); absent for temetro, whose standalone server has options of its own. */
  serveMock?(options: { port: number; host: string; log?: (line: string) => void }): Promise<{ url: string; close(): Promise<void> }>;
};

const PROFILES: readonly TargetProfile[] = [
  {
    name: "temetro",
    title: "temetro's clinic API: Better Auth with organizations as clinics, and temetro's own REST routes",
    suite: suiteOf("temetro"),
    document: async () => (await import("#openapi")).temetroDocument,
    createInProcessTarget: async (options) => (await import("./in-process.ts")).createInProcessTarget(options),
  },
  {
    name: "generic-better-auth",
    title: "a generic Better Auth app: email sign-up with verification, email and OAuth sign-in, password reset, a plan on the user (seed 004)",
    suite: suiteOf("generic-better-auth"),
    document: async () => (await import("#profiles/generic-better-auth/openapi/contract")).genericBetterAuthDocument,
    createInProcessTarget: async (options) => (await import("./profiles/generic-better-auth.ts")).createGenericBetterAuthTarget(options),
    // Better Auth's built-in rule for /sign-in/*: 3 requests in 10 seconds.
    rateLimitProbe: { path: "/api/auth/sign-in/email", json: { email: "xff-probe@example.test", password: "not-the-password-0" }, max: 3 },
    serveMock: async (options) => (await import("#profiles/generic-better-auth/mock/serve-generic-better-auth-mock")).serveGenericBetterAuthMock(options),
  },
  {
    name: "better-auth-saas",
    title: "a Better Auth SaaS: email sign-up and sign-in, a subscription on the session, JWTs for API access, organizations for verified emails (seed 003)",
    suite: suiteOf("better-auth-saas"),
    document: async () => (await import("#profiles/better-auth-saas/openapi/contract")).betterAuthSaasDocument,
    createInProcessTarget: async (options) => (await import("./profiles/better-auth-saas.ts")).createBetterAuthSaasTarget(options),
    // Better Auth's built-in rule for /sign-in/*: 3 requests in 10 seconds.
    rateLimitProbe: { path: "/api/auth/sign-in/email", json: { email: "xff-probe@example.test", password: "not-the-password-0" }, max: 3 },
    serveMock: async (options) => (await import("#profiles/better-auth-saas/mock/serve-better-auth-saas-mock")).serveBetterAuthSaasMock(options),
  },
  {
    name: "authjs-org-saas",
    title: "an organization SaaS on Auth.js v5: registration of an organization and its admin, CSRF + credentials sign-in, JWT sessions with organizationId and role (seed 002)",
    suite: suiteOf("authjs-org-saas"),
    document: async () => (await import("#profiles/authjs-org-saas/openapi/contract")).authjsOrgSaasDocument,
    createInProcessTarget: async (options) => (await import("./profiles/authjs-org-saas.ts")).createAuthjsOrgSaasTarget(options),
    sessionPath: "/api/auth/session",
    // Auth.js has no rate limiting, and the document names none (AJ13).
    rateLimitProbe: null,
    serveMock: async (options) => (await import("#profiles/authjs-org-saas/mock/serve-authjs-org-saas-mock")).serveAuthjsOrgSaasMock(options),
  },
];

export const DEFAULT_PROFILE = "temetro";

/** Every profile's name, the default first. */
export const PROFILE_NAMES: readonly string[] = PROFILES.map((profile) => profile.name);

/** One line per profile, `name  title`, for the CLI's help. */
export function profileLines(): string[] {
  return PROFILES.map((profile) => `  ${profile.name.padEnd(20)} ${profile.title}`);
}

/** The profile of this name; throws a readable error naming the known ones. */
export function profileNamed(name: string): TargetProfile {
  const profile = PROFILES.find((candidate) => candidate.name === name);
  if (profile === undefined) throw new Error(`Failed to find the profile "${name}": the known profiles are ${PROFILE_NAMES.join(", ")}.`);
  return profile;
}
