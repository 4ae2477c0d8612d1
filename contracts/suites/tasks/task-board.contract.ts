// TASKS: creating with defaults, who sees which task (creator, person, department; owners and
// admins all), PATCH as a true partial update (D10), deletion and unknown ids.
import { describe, expect } from "vitest";
import { temetroError, temetroMessage } from "#openapi";
import { bodyOf, expectTemetroError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import type { Actor } from "#targets/target";
import { sharedState } from "#contracts/states/shared-state";
import { clinicWith, memberOf } from "#contracts/states/staffed-clinic";
import { createTask, taskBody, visibleTitles } from "#contracts/states/communication-requests";

const withDoctor = clinicWith(["doctor"]);
// Checks create tasks of their own in the run's workbench and read back only those (who sees which
// of them); the newest-first order is of a whole list, so that check gets a clinic of its own.
const workbench = sharedState("the workbench: a clinic with one member per role, where checks add records of their own");

/** The titles `actor`'s task list shows of the check's own tasks, in list order. */
async function visibleOwn(actor: Actor, own: ReadonlyArray<{ id: string }>): Promise<string[]> {
  const listed = bodyOf(await actor.request("/api/tasks"), "listTasks", 200);
  return listed.filter((task) => own.some((mine) => mine.id === task.id)).map((task) => task.title);
}

describe("POST /api/tasks", () => {
  check("TASKS-CREATE-DEFAULTS", "fills in temetro's defaults, trims the title and records the caller as creator", async ({ given }) => {
    const state = await given(workbench);
    const doctor = memberOf(state, "doctor");
    const task = bodyOf(await doctor.actor.request("/api/tasks", { json: { title: "  Order gloves  " } }), "createTask", 201);
    expect(task).toMatchObject({
      title: "Order gloves", assignee: "Unassigned", assigneeRole: null, assigneeUserId: null, due: "No due date", priority: "medium",
      status: "todo", done: false, patient: null, notes: null, createdById: doctor.userId, createdByName: doctor.identity.name,
    });
    expect(task.createdAt).toBe(task.updatedAt);
  });

  check("TASKS-CREATE-DONE-FOLLOWS-STATUS", "sets done from the status", async ({ given }) => {
    const owner = memberOf(await given(workbench), "owner").actor;
    expect(await createTask(owner, taskBody({ status: "done" }))).toMatchObject({ status: "done", done: true });
    expect(await createTask(owner, taskBody({ status: "in_progress" }))).toMatchObject({ status: "in_progress", done: false });
  });

  check("TASKS-CREATE-BLANK-TITLE", 'refuses a blank title with 400 "A task subject is required."', async ({ given }) => {
    const owner = memberOf(await given(workbench), "owner").actor;
    const refused = await owner.request("/api/tasks", { json: taskBody({ title: "   " }) });
    expectTemetroError(refused, 400, temetroError("VALIDATION_FAILED").body.error);
    expect(refused.body).toMatchObject({ details: [{ path: ["title"], message: "A task subject is required." }] });
  });

  check("TASKS-CREATE-DEPARTMENT-MEMBER-REFUSED", "refuses member as a department (only the provisionable roles are)", async ({ given }) => {
    const owner = memberOf(await given(workbench), "owner").actor;
    expectTemetroError(await owner.request("/api/tasks", { json: taskBody({ assigneeRole: "member" }) }), 400, temetroError("VALIDATION_FAILED").body.error);
  });
});

describe("GET /api/tasks", () => {
  check("TASKS-VISIBILITY-DEPARTMENT", "shows a department's task to that department, its creator, owners and admins, and to no one else", async ({ given }) => {
    const state = await given(workbench);
    const own = [await createTask(memberOf(state, "doctor").actor, taskBody({ title: "For the front desk", assigneeRole: "reception" }))];
    for (const role of ["owner", "admin", "doctor", "reception"]) expect.soft(await visibleOwn(memberOf(state, role).actor, own), role).toEqual(["For the front desk"]);
    for (const role of ["member", "pharmacy", "lab"]) expect.soft(await visibleOwn(memberOf(state, role).actor, own), role).toEqual([]);
  });

  check("TASKS-VISIBILITY-PERSON", "shows a task assigned by person to that person, and a member only their own and theirs by person", async ({ given }) => {
    const state = await given(workbench);
    const member = memberOf(state, "member");
    const own = [
      await createTask(memberOf(state, "reception").actor, taskBody({ title: "For the lab tech", assigneeUserId: memberOf(state, "lab").userId })),
      await createTask(memberOf(state, "pharmacy").actor, taskBody({ title: "For the clinician", assigneeUserId: member.userId })),
      await createTask(member.actor, taskBody({ title: "My own" })),
    ];
    expect(await visibleOwn(memberOf(state, "lab").actor, own)).toEqual(["For the lab tech"]);
    expect((await visibleOwn(member.actor, own)).sort()).toEqual(["For the clinician", "My own"]);
  });

  check("TASKS-LIST-NEWEST-FIRST", "lists tasks newest first", async ({ given }) => {
    const owner = memberOf(await given(withDoctor), "owner").actor;
    for (const title of ["First", "Second", "Third"]) await createTask(owner, taskBody({ title }));
    expect(await visibleTitles(owner)).toEqual(["Third", "Second", "First"]);
  });
});

describe("PATCH /api/tasks/{id}", () => {
  check("TASKS-D10-PATCH-KEEPS-UNSENT-FIELDS", "changes only the fields sent; done: true makes the status done (D10)", async ({ given }) => {
    const owner = memberOf(await given(workbench), "owner").actor;
    const task = await createTask(owner, taskBody({ assigneeRole: "pharmacy", status: "in_progress" }));
    const updated = bodyOf(await owner.request(`/api/tasks/${task.id}`, { method: "PATCH", json: { done: true } }), "updateTask", 200);
    expect(updated).toEqual({ ...task, status: "done", done: true, updatedAt: updated.updatedAt });
  });

  check("TASKS-D10-DONE-FALSE-REOPENS", "done: false makes the status todo (D10)", async ({ given }) => {
    const owner = memberOf(await given(workbench), "owner").actor;
    const task = await createTask(owner, taskBody({ status: "done" }));
    const reopened = bodyOf(await owner.request(`/api/tasks/${task.id}`, { method: "PATCH", json: { done: false } }), "updateTask", 200);
    expect(reopened).toMatchObject({ status: "todo", done: false, priority: task.priority, due: task.due });
  });

  check("TASKS-D10-STATUS-WINS", "sets done from the status when both are sent (D10)", async ({ given }) => {
    const owner = memberOf(await given(workbench), "owner").actor;
    const task = await createTask(owner);
    const updated = bodyOf(await owner.request(`/api/tasks/${task.id}`, { method: "PATCH", json: { done: true, status: "in_progress" } }), "updateTask", 200);
    expect(updated).toMatchObject({ status: "in_progress", done: false });
  });

  check("TASKS-D10-EMPTY-PATCH-UNCHANGED", "answers the task unchanged for an empty PATCH (D10)", async ({ given }) => {
    const owner = memberOf(await given(workbench), "owner").actor;
    const task = await createTask(owner);
    expect(bodyOf(await owner.request(`/api/tasks/${task.id}`, { method: "PATCH", json: {} }), "updateTask", 200)).toEqual(task);
  });

  check("TASKS-PATCH-ANY-TASK-OF-THE-CLINIC", "lets a member with task:write change a task they cannot see", async ({ given, advise }) => {
    const state = await given(workbench);
    const task = await createTask(memberOf(state, "doctor").actor, taskBody({ assigneeRole: "reception" }));
    const pharmacy = memberOf(state, "pharmacy").actor;
    expect(await visibleOwn(pharmacy, [task])).toEqual([]);
    expect(bodyOf(await pharmacy.request(`/api/tasks/${task.id}`, { method: "PATCH", json: { notes: "Seen by pharmacy" } }), "updateTask", 200)).toMatchObject({ notes: "Seen by pharmacy" });
    advise("SEC-TASKS-PATCH-UNSCOPED", "low", "PATCH /api/tasks/{id} has no visibility check: any member with task:write can change any task of the clinic, including tasks GET /api/tasks hides from them (D27).",
      "Apply GET /api/tasks's visibility rule to PATCH /api/tasks/{id} in temetro (404 for a task the caller cannot see); until then, keep confidential work out of task notes.");
  });

  check("TASKS-NOT-FOUND-NON-UUID", `answers 404 "${temetroMessage("TASK_NOT_FOUND")}" for an id that is not a UUID, and for an unknown one`, async ({ given }) => {
    const owner = memberOf(await given(workbench), "owner").actor;
    expectTemetroError(await owner.request("/api/tasks/not-a-uuid", { method: "PATCH", json: { done: true } }), 404, temetroMessage("TASK_NOT_FOUND"));
    expectTemetroError(await owner.request(`/api/tasks/${crypto.randomUUID()}`, { method: "PATCH", json: {} }), 404, temetroMessage("TASK_NOT_FOUND"));
  });
});

describe("DELETE /api/tasks/{id}", () => {
  check("TASKS-DELETE-GONE", "deletes the task: 204 with no body, then 404", async ({ given }) => {
    const owner = memberOf(await given(workbench), "owner").actor;
    const task = await createTask(owner);
    const deleted = await owner.request(`/api/tasks/${task.id}`, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");
    expectTemetroError(await owner.request(`/api/tasks/${task.id}`, { method: "DELETE" }), 404, temetroMessage("TASK_NOT_FOUND"));
    expectTemetroError(await owner.request("/api/tasks/42", { method: "DELETE" }), 404, temetroMessage("TASK_NOT_FOUND"));
  });
});
