// The session cookie is Auth.js's own JWE, keyed by the secret and salted with the cookie's name:
// a cookie minted with `@auth/core/jwt`'s encode opens the reference, the reference's cookie decodes
// with `decode`, and a cookie from the profile's mock (served over HTTP by the CLI) opens the
// reference and back. Mock and reference share the profile's development secret (config/).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { decode, encode } from "@auth/core/jwt";
import { afterAll, describe, expect, test } from "vitest";
import { freePort } from "../../../scripts/free-port.ts";
import { DEV_AUTH_SECRET } from "../config/auth-config.ts";
import { call, createJar, newRegistration, signIn } from "./testing/authjs-client.ts";
import { useTestAuthjsReference } from "./testing/start-test-authjs-reference.ts";

const SALT = "authjs.session-token";
const root = join(import.meta.dirname, "../../..");
const deployment = useTestAuthjsReference();
const sessionOf = async (auth: string, token: string) => (await call(`${auth}/session`, { headers: { cookie: `${SALT}=${token}` } })).json();
const claims = { sub: "5f0c7a4e-2a55-4c38-9d0e-6a3f1b8f2c11", email: "t-minted@example.test", name: "Minted User", organizationId: "0b8e3a1c-6a4f-4e1b-9b1a-2f7d5c3e9a10", role: "member" };

describe("a cookie minted with @auth/core/jwt", () => {
  test("opens the reference's session with the claims it carries", async () => {
    const token = await encode({ token: claims, secret: DEV_AUTH_SECRET, salt: SALT });
    expect(await sessionOf(deployment.auth, token)).toEqual({
      user: { id: claims.sub, email: claims.email, name: claims.name, organizationId: claims.organizationId, role: "member" },
      expires: expect.any(String),
    });
  });

  test("does not open it when minted with another secret, or salted with another cookie name", async () => {
    const foreign = await encode({ token: claims, secret: "another-secret-another-secret-0123456789", salt: SALT });
    const secure = await encode({ token: claims, secret: DEV_AUTH_SECRET, salt: `__Secure-${SALT}` });
    expect([await sessionOf(deployment.auth, foreign), await sessionOf(deployment.auth, secure)]).toEqual([null, null]);
  });
});

describe("the reference's own cookie", () => {
  test("decodes with @auth/core/jwt to the signed-in user's claims", async () => {
    const user = newRegistration("decode");
    const { user: registered, organization } = (await call(`${deployment.auth}/register`, { json: user })).json() as { user: { id: string }; organization: { id: string } };
    const jar = createJar();
    await signIn(deployment.auth, jar, { email: user.email, password: user.password });
    const decoded = await decode({ token: jar.get(SALT), secret: DEV_AUTH_SECRET, salt: SALT });
    expect(decoded).toMatchObject({ sub: registered.id, email: user.email, name: `${user.firstName} ${user.lastName}`, organizationId: organization.id, role: "admin" });
    expect(decoded?.exp).toBeGreaterThan(Date.now() / 1000 + 29 * 24 * 3600);
  });
});

/** The profile's mock over HTTP, as `temetro-contract mock --profile authjs-org-saas` serves it. */
async function serveMock(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, "bin/temetro-contract.ts"), "mock", "--profile", "authjs-org-saas", "--port", String(port)], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Failed to start the mock within 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes(`:${port}`)) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`The mock exited with ${code}:\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

// The profile's mock is built on the authjs-mock branch; until it is merged there is nothing to start.
const MOCK_REGISTERED = existsSync(join(root, "targets/profiles/authjs-org-saas.ts"));

describe.skipIf(!MOCK_REGISTERED)("the profile's mock and the reference", () => {
  let mock: { url: string; child: ChildProcess } | undefined;
  afterAll(() => {
    mock?.child.kill("SIGTERM");
  });

  test("each accepts the other's session cookie and shows the same user", async () => {
    mock = await serveMock();
    const mockAuth = `${mock.url}/api/auth`;
    const user = newRegistration("interchange");
    expect((await call(`${mockAuth}/register`, { json: user })).status).toBe(201);
    expect((await call(`${deployment.auth}/register`, { json: user })).status).toBe(201);
    const [fromMock, fromReference] = [createJar(), createJar()];
    await signIn(mockAuth, fromMock, { email: user.email, password: user.password });
    await signIn(deployment.auth, fromReference, { email: user.email, password: user.password });
    const mockUser = ((await sessionOf(mockAuth, fromMock.get(SALT) ?? "")) as { user: unknown }).user;
    const referenceUser = ((await sessionOf(deployment.auth, fromReference.get(SALT) ?? "")) as { user: unknown }).user;
    expect(mockUser).toMatchObject({ email: user.email, role: "admin" });
    expect(await sessionOf(deployment.auth, fromMock.get(SALT) ?? "")).toMatchObject({ user: mockUser });
    expect(await sessionOf(mockAuth, fromReference.get(SALT) ?? "")).toMatchObject({ user: referenceUser });
  });
});
