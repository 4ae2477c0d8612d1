// temetro's Better Auth configuration (reference/auth.ts's createAuthOptions: username and
// organization plugins, the seven roles, temetro's rate limits, cookie cache and session hook) run
// by the better-auth engine in memory instead of on PostgreSQL, for the engine comparison.
import pg from "pg";
import { createBetterAuthEngine } from "#mocks/engines/better-auth/index";
import type { BetterAuthEngine } from "#mocks/engines/better-auth/index";
import { createAuthOptions } from "../../reference/auth.ts";
import type { Mail, Mailbox } from "../../reference/mailbox.ts";
import { isAllowedOrigin } from "../../reference/origins.ts";

export type TemetroEngineOptions = {
  baseURL: string;
  frontendUrl?: string;
  /** Keep Better Auth's own scrypt instead of the engine's mock hash (to measure what the hash costs). */
  scrypt?: boolean;
  log?: (line: string) => void;
};

type TemetroMail = Omit<Mail, "id" | "sentAt">;

/** temetro on the better-auth engine: same options object as the reference, memoryAdapter and the mock hash instead of PostgreSQL and scrypt. */
export function createTemetroEngine(options: TemetroEngineOptions): BetterAuthEngine<TemetroMail> {
  const frontendUrl = options.frontendUrl ?? "http://localhost:3000";
  // createAuthOptions reads the session hook's clinic through the adapter of the request; this pool
  // is only its fallback outside a request, never reached here, and never connects unless queried.
  const unusedPool = new pg.Pool({ connectionString: "postgres://engine-study.invalid:5432/unused" });
  const policy = { frontendUrl, trustedOrigins: [] };
  return createBetterAuthEngine<TemetroMail>({
    cors: { origins: (origin) => isAllowedOrigin(origin, policy) },
    ...(options.log === undefined ? {} : { log: options.log }),
    options: ({ database, password, sendMail }) => {
      const mailbox: Mailbox = {
        enabled: true,
        send: (mail) => {
          sendMail(mail);
          return { ...mail, id: "", sentAt: new Date().toISOString() };
        },
        list: () => [],
        clear: () => {},
      };
      const temetro = createAuthOptions({ database: unusedPool, baseURL: options.baseURL, secret: "engine-study-secret-5e1b9c3a7d2f4068b9e1c5a3d7f20b46", frontendUrl, mailbox, log: options.log ?? (() => {}) });
      return { ...temetro, database, emailAndPassword: options.scrypt === true ? temetro.emailAndPassword : { ...temetro.emailAndPassword, password } };
    },
  });
}
