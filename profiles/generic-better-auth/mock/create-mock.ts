// Interim wiring of the profile's mock (real better-auth in memory, a cheap password hash, an outbox), until the engine in mocks/engines/ with its own OAuth provider replaces it.
import { betterAuth } from "better-auth";
import { memoryAdapter } from "better-auth/adapters/memory";
import { createGenericAuthOptions } from "../config/auth-options.ts";
export async function createGenericBetterAuthMock(o: { baseURL: string; frontendOrigin: string }) {
  const db: Record<string, unknown[]> = { user: [], session: [], account: [], verification: [] };
  const mails: any[] = [];
  const auth = betterAuth({ ...createGenericAuthOptions({ baseURL: o.baseURL, secret: "a-very-long-dev-secret-for-the-probe-0123456789", database: memoryAdapter(db as never), trustedOrigins: [o.frontendOrigin], sendMail: (m) => void mails.push({ id: crypto.randomUUID(), ...m, sentAt: new Date().toISOString() }), oauthEndpoints: (p) => ({ authorizationUrl: `${o.baseURL}/__oauth/${p}/authorize`, tokenUrl: `${o.baseURL}/__oauth/${p}/token`, userInfoUrl: `${o.baseURL}/__oauth/${p}/userinfo` }), password: { hash: async (p: string) => "h:" + p, verify: async ({ hash, password }: { hash: string; password: string }) => hash === "h:" + password } }), logger: { disabled: true } });
  return {
    fetch: (r: Request) => auth.handler(r),
    outbox: { list: (to?: string) => mails.filter((m) => to === undefined || m.to.toLowerCase() === to.toLowerCase()) },
    reset: () => {},
  };
}
