// One probe per task, staff and conversation operation: a request that succeeds for a caller the
// role matrix lets through, on a record prepared for that caller alone. Which role gets which
// answer is not written here: x-rules.permission over the matrix decides (none: every member).
import type { SignedInUser } from "#contracts/states/index";
import type { ProbeContext, RoleProbe } from "./role-matrix.ts";
import { createTask, startConversation, taskBody, uploadAttachment } from "#contracts/states/communication-requests";
import { provisionedStaff } from "#contracts/states/staff-account";

/** A conversation the owner starts with the caller (and the doctor, so the owner never talks to only themself). */
const conversationWith = (caller: SignedInUser, { owner, doctor }: ProbeContext) => startConversation(owner.actor, [caller.userId, doctor.userId]);

export const roleProbes: Record<string, RoleProbe> = {
  listTasks: { passes: 200, send: (caller) => caller.actor.request("/api/tasks") },
  createTask: { passes: 201, send: (caller) => caller.actor.request("/api/tasks", { json: taskBody() }) },
  updateTask: {
    passes: 200,
    send: async (caller, { owner }) => caller.actor.request(`/api/tasks/${(await createTask(owner.actor)).id}`, { method: "PATCH", json: { priority: "low" } }),
  },
  deleteTask: { passes: 204, send: async (caller, { owner }) => caller.actor.request(`/api/tasks/${(await createTask(owner.actor)).id}`, { method: "DELETE" }) },
  listProviders: { passes: 200, send: (caller) => caller.actor.request("/api/staff/providers") },
  listStaff: { passes: 200, send: (caller) => caller.actor.request("/api/staff") },
  createStaff: { passes: 201, send: async (caller, { given }) => (await given(provisionedStaff(caller.actor))).exchange },
  updateStaffSpecialty: {
    passes: 200,
    ownDoctor: true,
    send: (caller, { doctor }) => caller.actor.request(`/api/staff/${doctor.userId}`, { method: "PATCH", json: { specialty: "Family medicine" } }),
  },
  // The doctor's own password again: the cell is about who may call.
  setStaffPassword: {
    passes: 200,
    ownDoctor: true,
    send: (caller, { doctor }) => caller.actor.request(`/api/staff/${doctor.userId}/password`, { method: "PATCH", json: { newPassword: doctor.identity.password } }),
  },
  listConversations: { passes: 200, send: (caller) => caller.actor.request("/api/conversations") },
  createConversation: {
    passes: 201,
    send: (caller, { owner, doctor }) => caller.actor.request("/api/conversations", { json: { participantIds: [owner.userId, doctor.userId] } }),
  },
  listConversationMembers: { passes: 200, send: (caller) => caller.actor.request("/api/conversations/members") },
  uploadAttachment: {
    passes: 201,
    send: (caller) => caller.actor.request("/api/conversations/attachments", { json: { fileName: "note.txt", mimeType: "text/plain", size: 2, data: "aGk=" } }),
  },
  downloadAttachment: {
    passes: 200,
    send: async (caller, { owner }) => caller.actor.request(`/api/conversations/attachments/${(await uploadAttachment(owner.actor)).attachmentId}`),
  },
  listMessages: { passes: 200, send: async (caller, context) => caller.actor.request(`/api/conversations/${(await conversationWith(caller, context)).id}/messages`) },
  sendMessage: {
    passes: 201,
    send: async (caller, context) => caller.actor.request(`/api/conversations/${(await conversationWith(caller, context)).id}/messages`, { json: { body: "Ward 3 at nine." } }),
  },
  markConversationRead: {
    passes: 204,
    send: async (caller, context) => caller.actor.request(`/api/conversations/${(await conversationWith(caller, context)).id}/read`, { method: "POST" }),
  },
};
