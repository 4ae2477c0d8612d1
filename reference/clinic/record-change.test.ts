// Record-change notifications on the running reference: after a patient write every other member
// of the clinic gets notification:new in their user room, the actor none.
import { afterAll, beforeAll, expect, test } from "vitest";
import { startTestReference, TEST_FRONTEND, type TestReference } from "../testing/start-test-reference.ts";

const FRONTEND = TEST_FRONTEND;
const emitted: Array<{ room: string; event: string; payload: unknown }> = [];
let running: TestReference;
let base: string;
let ip = 0;

beforeAll(async () => {
  running = await startTestReference({ realtime: { emit: (room, event, payload) => void emitted.push({ room, event, payload }) } });
  base = running.base;
}, 60_000);

afterAll(async () => {
  await running?.close();
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
