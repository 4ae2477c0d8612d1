// Record-change notifications on the running reference: after a patient write every other member
// of the clinic gets notification:new in their user room, the actor none.
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createReference } from "../create-reference.ts";
import { openDatabase } from "../database.ts";
import type { Database } from "../database.ts";

const FRONTEND = "http://localhost:3000";
const emitted: Array<{ room: string; event: string; payload: unknown }> = [];
let database: Database;
let server: Server;
let base: string;
let ip = 0;

beforeAll(async () => {
  database = await openDatabase({});
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const reference = createReference({
    database: database.pool, baseURL: base, secret: "reference-test-secret-0123456789abcdefghijklmnop", frontendUrl: FRONTEND,
    trustedOrigins: [], testMailbox: false, version: { current: "0.17.0", latest: null }, log: () => {},
    realtime: { emit: (room, event, payload) => void emitted.push({ room, event, payload }) },
  });
  await reference.migrate();
  server.on("request", reference.app);
}, 60_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await database?.close();
});

/** A client with its own cookies and client IP. */
function client() {
  let cookie = "";
  const address = `198.51.100.${++ip}`;
  return async (path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> => {
    const headers: Record<string, string> = { origin: FRONTEND, "x-forwarded-for": address, "content-type": "application/json", cookie };
    const response = await fetch(base + path, { method: body === undefined ? "GET" : "POST", headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const set = response.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
    if (set !== "") cookie = set;
    const text = await response.text();
    return { status: response.status, json: text === "" ? {} : JSON.parse(text) };
  };
}

test("notifies every other member, in their user room, with temetro's text", async () => {
  const owner = client();
  const doctor = client();
  const ownerUser = (await owner("/api/auth/sign-up/email", { name: "Amina Yusuf", email: "amina@example.test", password: "correct-horse-battery" })).json.user;
  const doctorUser = (await doctor("/api/auth/sign-up/email", { name: "Leila Haddad", email: "leila@example.test", password: "correct-horse-battery" })).json.user;
  const clinic = await owner("/api/auth/organization/create", { name: "Sunrise", slug: "sunrise" });
  await owner("/api/auth/organization/set-active", { organizationId: clinic.json.id });
  const invitation = await owner("/api/auth/organization/invite-member", { email: "leila@example.test", role: "doctor" });
  await doctor("/api/auth/organization/accept-invitation", { invitationId: invitation.json.id });
  const created = await owner("/api/patients", { name: "Ibrahim Musa" });
  expect(created.status).toBe(201);
  const ids = (value: unknown) => (typeof value === "object" && value !== null && "id" in value ? String(value.id) : "");
  expect(emitted).toHaveLength(1);
  expect(emitted[0]).toMatchObject({
    room: `user:${ids(doctorUser)}`,
    event: "notification:new",
    payload: { type: "record_change", text: "Amina Yusuf added patient Ibrahim Musa", entityType: "patient", entityId: "10000", read: false, actorName: "Amina Yusuf", actorInitials: "AY" },
  });
  expect(emitted.map((event) => event.room)).not.toContain(`user:${ids(ownerUser)}`);
});
