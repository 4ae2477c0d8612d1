// temetro's request schemas for tasks, staff and conversations (lib/task-validation.ts,
// routes/staff.ts, routes/conversations.ts), reproduced: the reference is an implementation, not
// the contract. Where the contract departs from the code it follows the contract: the task PATCH
// has no defaults (D10), so fields not sent stay as they are.
import { z } from "zod";

const DEPARTMENTS = ["admin", "doctor", "reception", "pharmacy", "lab"] as const;
const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const taskFields = {
  title: z.string().trim().min(1, "A task subject is required.").max(200),
  assignee: z.string().trim().max(200),
  assigneeRole: z.enum(DEPARTMENTS).nullish(),
  assigneeUserId: z.string().trim().max(120).nullish(),
  due: z.string().trim().max(120),
  priority: z.enum(["high", "medium", "low"]),
  status: z.enum(["todo", "in_progress", "done"]),
  patient: z.string().trim().max(200).nullish(),
  notes: z.string().max(5000).nullish(),
};

export const taskInputSchema = z.object({
  ...taskFields,
  assignee: taskFields.assignee.default("Unassigned"),
  due: taskFields.due.default("No due date"),
  priority: taskFields.priority.default("medium"),
  status: taskFields.status.default("todo"),
});

/** D10: temetro's `taskInputSchema.partial()` refills the defaults under zod 4; the contract's PATCH does not. */
export const taskPatchSchema = z.object(taskFields).partial().extend({ done: z.boolean().optional() });

export const staffInputSchema = z.object({
  name: z.string().trim().min(1).max(120),
  username: z.string().trim().min(3).max(32).regex(/^[a-zA-Z0-9_.]+$/, "Username may only contain letters, numbers, dots and underscores."),
  password: z.string().min(12).max(256),
  role: z.enum(DEPARTMENTS),
  email: z.preprocess((value) => (value === "" ? undefined : value), z.string().trim().email().optional()),
});

export const specialtyInputSchema = z.object({
  specialty: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? null : value), z.string().trim().max(60).nullable()),
});

export const passwordInputSchema = z.object({ newPassword: z.string().min(12).max(256) });

export const createConversationSchema = z.object({
  participantIds: z.array(z.string().min(1)).min(1),
  name: z.string().trim().max(120).nullish(),
});

const appointmentSnapshotSchema = z.object({
  fileNumber: z.string().max(120).default(""),
  name: z.string().max(200),
  date: z.string().max(40),
  time: z.string().max(40),
  type: z.string().max(120).default(""),
  provider: z.string().max(200).default(""),
  status: z.string().max(40).default(""),
});

export const attachmentSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("file"), attachmentId: z.uuid(), fileName: z.string().max(255), mimeType: z.string().max(120), size: z.number().int().nonnegative() }),
  z.object({ kind: z.literal("appointment"), appointment: appointmentSnapshotSchema }),
]);

export type MessageAttachment = z.infer<typeof attachmentSchema>;

export const messageSchema = z.object({
  body: z.string().trim().max(5000).default(""),
  attachments: z.array(attachmentSchema).max(10).optional(),
});

export const uploadSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  mimeType: z.string().trim().max(120).default("application/octet-stream"),
  size: z.number().int().nonnegative().max(MAX_ATTACHMENT_BYTES),
  data: z.string().min(1),
});

export { MAX_ATTACHMENT_BYTES };
