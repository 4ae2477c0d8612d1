// The task handlers on a demo clinic: defaults, visibility by creator, person and department,
// PATCH as a true partial update (D10), and 404 for non-UUID or foreign ids.
import { expect, test } from "vitest";
import { temetroMessage } from "#openapi";
import { demoMock, field, pick, signedInAs, signedUp } from "#targets/testing/test-client";

test("creates a task with temetro's defaults and the caller as creator", async () => {
  const { api, seed } = await demoMock();
  const doctor = await signedInAs(api, seed, "doctor");
  const created = await doctor.request("/api/tasks", { json: { title: "  Call back Mr. Haddad  " } });
  expect(created).toMatchObject({
    status: 201,
    body: { title: "Call back Mr. Haddad", assignee: "Unassigned", due: "No due date", priority: "medium", status: "todo", done: false, createdByName: "Dr. Leila Haddad" },
  });
});

test("refuses a blank title with temetro's message", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const refused = await owner.request("/api/tasks", { json: { title: "   " } });
  expect(refused).toMatchObject({ status: 400, body: { error: "Validation failed", details: [{ path: ["title"], message: "A task subject is required." }] } });
});

test("shows a task to its creator, its assignee, its department and owners, and to no one else", async () => {
  const { api, seed } = await demoMock();
  // The demo's own tasks are listed too; only this test's task is checked.
  const titles = async (role: string) => {
    const body = (await (await signedInAs(api, seed, role)).request("/api/tasks")).body;
    return Array.isArray(body) ? body.map((task) => pick(task, "title")).filter((title) => title === "For the front desk") : [];
  };
  await (await signedInAs(api, seed, "doctor")).request("/api/tasks", { json: { title: "For the front desk", assigneeRole: "reception" } });
  for (const role of ["doctor", "reception", "owner"]) expect(await titles(role), role).toEqual(["For the front desk"]);
  for (const role of ["pharmacy", "member"]) expect(await titles(role), role).toEqual([]);
});

test("changes only the fields a PATCH sends, and done maps to status (D10)", async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const id = field((await owner.request("/api/tasks", { json: { title: "Order gloves", priority: "high", due: "Friday", assignee: "Grace" } })).body, "id");
  const done = await owner.request(`/api/tasks/${id}`, { method: "PATCH", json: { done: true } });
  expect(done.body).toMatchObject({ done: true, status: "done", priority: "high", due: "Friday", assignee: "Grace" });
  const both = await owner.request(`/api/tasks/${id}`, { method: "PATCH", json: { done: true, status: "in_progress" } });
  expect(both.body).toMatchObject({ done: false, status: "in_progress", priority: "high" });
  const unchanged = await owner.request(`/api/tasks/${id}`, { method: "PATCH", json: {} });
  expect(unchanged.body).toEqual(both.body);
});

test(`answers 404 ${temetroMessage("TASK_NOT_FOUND")} for a non-UUID id and for another clinic's task`, async () => {
  const { api, seed } = await demoMock();
  const owner = await signedInAs(api, seed, "owner");
  const id = field((await owner.request("/api/tasks", { json: { title: "Ours" } })).body, "id");
  expect(await owner.request("/api/tasks/not-a-uuid", { method: "PATCH", json: {} })).toMatchObject({ status: 404, body: { error: temetroMessage("TASK_NOT_FOUND") } });
  const other = await signedUp(api, "other");
  const created = await other.request("/api/auth/organization/create", { json: { name: "Elsewhere", slug: "elsewhere" } });
  await other.request("/api/auth/organization/set-active", { json: { organizationId: field(created.body, "id") } });
  expect(await other.request(`/api/tasks/${id}`, { method: "DELETE" })).toMatchObject({ status: 404, body: { error: temetroMessage("TASK_NOT_FOUND") } });
});

test("lets only owner, admin, doctor and member delete", async () => {
  const { api, seed } = await demoMock();
  const reception = await signedInAs(api, seed, "reception");
  const id = field((await reception.request("/api/tasks", { json: { title: "Mine" } })).body, "id");
  expect(await reception.request(`/api/tasks/${id}`, { method: "DELETE" })).toMatchObject({ status: 403, body: { error: "You don't have permission to do that." } });
  const member = await signedInAs(api, seed, "member");
  expect((await member.request(`/api/tasks/${id}`, { method: "DELETE" })).status).toBe(204);
});
