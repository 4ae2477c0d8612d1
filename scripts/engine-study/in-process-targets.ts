// The engines the in-process benchmark drives, each as a fetch handler plus how a fresh user gets
// to a signed-in session on it: the hand-written temetro mock, temetro's configuration on the
// better-auth engine (with the mock hash, and with Better Auth's own scrypt), and the generic
// Better Auth profile's mock (email verification required before sign-in).
import { browserLikeClient } from "#mocks/engines/testing/browser-like-client";
import type { BrowserLikeClient } from "#mocks/engines/testing/browser-like-client";
import { createMockApi } from "../../mocks/create-mock-api.ts";
import { createGenericBetterAuthMock } from "../../profiles/generic-better-auth/mock/create-generic-better-auth-mock.ts";
import { createTemetroEngine } from "./temetro-engine.ts";

export type Credentials = { name: string; email: string; username: string; password: string };

export type InProcessTarget = {
  name: string;
  fetch(request: Request): Promise<Response>;
  /** The sign-up body this target's API takes. */
  signUpBody(user: Credentials): Record<string, string>;
  /** What a new user must do between sign-up and sign-in (verify the email), with the client that signed up. */
  afterSignUp(user: Credentials, client: BrowserLikeClient): Promise<void>;
};

const temetroBody = (user: Credentials) => ({ ...user });
const nothing = async () => {};

/** The targets by name: mock, engine (temetro), engine+scrypt (temetro), engine (generic profile). */
export async function inProcessTargets(): Promise<InProcessTarget[]> {
  const mock = await createMockApi({ seed: "empty", log: () => {} });
  const engine = createTemetroEngine({ baseURL: "http://localhost:4000", log: () => {} });
  const scrypt = createTemetroEngine({ baseURL: "http://localhost:4000", scrypt: true, log: () => {} });
  const generic = createGenericBetterAuthMock({ log: () => {} });
  return [
    { name: "hand-written mock (temetro)", fetch: (request) => mock.fetch(request), signUpBody: temetroBody, afterSignUp: nothing },
    { name: "better-auth engine (temetro)", fetch: engine.fetch, signUpBody: temetroBody, afterSignUp: nothing },
    { name: "better-auth engine (temetro), scrypt", fetch: scrypt.fetch, signUpBody: temetroBody, afterSignUp: nothing },
    {
      name: "better-auth engine (generic profile)",
      fetch: generic.fetch,
      signUpBody: ({ name, email, password }) => ({ name, email, password }),
      async afterSignUp(user, client) {
        const link = generic.outbox.list(user.email)[0]?.url;
        if (link === undefined) throw new Error(`Failed to verify ${user.email}: no email in the outbox.`);
        await client.send(link);
      },
    },
  ];
}

/** A client of the target from its own IP (rate limits key on it), so no two benchmark users share a bucket. */
export function clientOf(target: InProcessTarget, index: number): BrowserLikeClient {
  return browserLikeClient(target.fetch, { clientIp: `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` });
}

/** The index-th benchmark user. */
export function credentialsOf(index: number): Credentials {
  return { name: `Bench User ${index}`, email: `bench-${index}@example.test`, username: `bench_${index}`, password: "correct-horse-battery-staple" };
}
