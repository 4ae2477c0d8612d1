// The mock of the Auth.js organization SaaS (seed 002): the real `@auth/core` in memory, configured
// by the profile's one config (../config/auth-config.ts) over an in-memory store, with the
// document's own routes (register, verify-email, …) answered beside it.
import { createAuthjsEngine } from "#mocks/engines/authjs/index";
import type { SentMail } from "#mocks/engines/authjs/index";
import { createAuthjsConfig } from "../config/auth-config.ts";
import type { OrgMail } from "../config/organization-rules.ts";
import { createOrgStore } from "./org-store.ts";
import { ORG_ROUTES } from "./routes/index.ts";

export type AuthjsOrgSaasMockOptions = {
  /** The frontend's origin: where emailed links point, and allowed by CORS; default http://localhost:3000. */
  frontendOrigin?: string;
  /** Auth.js's secret; default the profile's development secret, the reference's too, so cookies interchange. */
  secret?: string;
  /** One line per email sent, per Auth.js error and per failed answer; default console.log. */
  log?: (line: string) => void;
};

export type AuthjsOrgSaasMock = {
  /** Answers one request: /api/auth/* (the document's routes and Auth.js), /health and /__dev/* (the outbox, reset, DELETE /__dev/organizations/{id}). */
  fetch(request: Request): Promise<Response>;
  /** The emails sent (verification, password reset), oldest first. */
  outbox: { list(to?: string): SentMail<OrgMail>[]; clear(): void };
  /** Empties the organizations, users, tokens and the outbox. */
  reset(): Promise<void>;
};

/** Creates the mock; every request is answered in this process, on whatever origin it is addressed to. */
export function createAuthjsOrgSaasMock(options: AuthjsOrgSaasMockOptions = {}): AuthjsOrgSaasMock {
  const frontendOrigin = options.frontendOrigin ?? "http://localhost:3000";
  const engine = createAuthjsEngine<OrgMail>({
    cors: { origins: [frontendOrigin] },
    ...(options.log === undefined ? {} : { log: options.log }),
    app: ({ sendMail, password }) => {
      const store = createOrgStore();
      const services = { store, sendMail, password, frontendOrigin };
      return {
        config: createAuthjsConfig({
          findAccountByEmail: async (email) => store.accountByEmail(email),
          verifyPassword: password.verify,
          ...(options.secret === undefined ? {} : { secret: options.secret }),
        }),
        routes: ORG_ROUTES.map((route) => ({ method: route.method ?? "POST", path: route.path, answer: (request: Request, params: Record<string, string>) => route.answer(request, services, params) })),
      };
    },
  });
  return { fetch: engine.fetch, outbox: engine.outbox, reset: engine.reset };
}
