// Creating tasks, conversations, messages and files through the API for a check, each answer
// checked against the spec, and the realistic bodies the checks start from.
import { bodyOf } from "#contracts/expect-contract";
import type { components } from "#openapi";
import type { Actor } from "#targets/target";

type Schemas = components["schemas"];
export type Task = Schemas["Task"];
export type ConversationSummary = Schemas["ConversationSummary"];
export type ConversationMessage = Schemas["ConversationMessage"];
export type UploadedAttachment = Schemas["UploadedAttachment"];

/** A task body; `overrides` replace fields. */
export const taskBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: "Call back Mr. Haddad about his lab results",
  assignee: "Front desk",
  due: "Today 4pm",
  priority: "high",
  patient: "10042",
  notes: "He prefers a call after 3pm.",
  ...overrides,
});

/** POST /api/tasks as `actor`; the 201 body. */
export async function createTask(actor: Actor, body: Record<string, unknown> = taskBody()): Promise<Task> {
  return bodyOf(await actor.request("/api/tasks", { json: body }), "createTask", 201);
}

/** The titles of the tasks `actor` sees. */
export async function visibleTitles(actor: Actor): Promise<string[]> {
  return bodyOf(await actor.request("/api/tasks"), "listTasks", 200).map((task) => task.title);
}

/** POST /api/conversations as `actor`; the 201 summary. */
export async function startConversation(actor: Actor, participantIds: string[], name?: string): Promise<ConversationSummary> {
  const json = name === undefined ? { participantIds } : { participantIds, name };
  return bodyOf(await actor.request("/api/conversations", { json }), "createConversation", 201);
}

/** POST /api/conversations/{id}/messages as `actor`; the 201 message. */
export async function sendMessage(actor: Actor, conversationId: string, body: string): Promise<ConversationMessage> {
  return bodyOf(await actor.request(`/api/conversations/${conversationId}/messages`, { json: { body } }), "sendMessage", 201);
}

/** The conversation as `actor` sees it in their list, or undefined. */
export async function summaryFor(actor: Actor, conversationId: string): Promise<ConversationSummary | undefined> {
  return bodyOf(await actor.request("/api/conversations"), "listConversations", 200).find((summary) => summary.id === conversationId);
}

/** "Hello world" (11 bytes) as a PDF upload. */
export const uploadBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  fileName: "referral letter.pdf",
  mimeType: "application/pdf",
  size: 11,
  data: "SGVsbG8gd29ybGQ=",
  ...overrides,
});

/** POST /api/conversations/attachments as `actor`; the 201 body. */
export async function uploadAttachment(actor: Actor, body: Record<string, unknown> = uploadBody()): Promise<UploadedAttachment> {
  return bodyOf(await actor.request("/api/conversations/attachments", { json: body }), "uploadAttachment", 201);
}
