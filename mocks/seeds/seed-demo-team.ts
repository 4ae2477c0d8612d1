// Fills the demo clinic's task board and conversations through the task and messaging services,
// each record dated when a real clinic would have written it.
import type { ConversationRecord } from "../core/store.ts";
import { startConversation } from "../services/conversations.ts";
import { normalizeAttachment, sendMessage } from "../services/messages.ts";
import { createTask } from "../services/tasks.ts";
import { DEMO_CONVERSATIONS, DEMO_TASKS, type DemoConversation, type DemoMessage } from "./demo-team-data.ts";
import type { DemoClinic } from "./seed-context.ts";
import { fieldsEqual } from "../core/fields-equal.ts";

const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** Seeds the tasks and conversations of the demo clinic; returns how many of each. */
export async function seedDemoTeam(clinic: DemoClinic): Promise<{ tasks: number; conversations: number; messages: number }> {
  const { seed, organizationId } = clinic;
  for (const task of DEMO_TASKS) {
    const creator = clinic.staff(task.createdBy);
    seed.at(seed.now - task.hoursAgo * HOUR_MS);
    await createTask(seed.ctx, organizationId, { id: creator.id, name: creator.name }, {
      title: task.title,
      assignee: task.assignee,
      assigneeRole: task.assigneeRole ?? null,
      assigneeUserId: task.assigneeUser === undefined ? null : clinic.staff(task.assigneeUser).id,
      due: task.due,
      priority: task.priority,
      status: task.status,
      patient: task.patient === undefined ? null : clinic.patient(task.patient).fileNumber,
      notes: task.notes ?? null,
    });
  }
  const messages = await seedConversations(clinic);
  return { tasks: DEMO_TASKS.length, conversations: DEMO_CONVERSATIONS.length, messages };
}

type Step = { minutesAgo: number; conversation: DemoConversation; message: DemoMessage | null };

/**
 * Starts each conversation a minute before its first message, then sends every message, all in
 * time order across conversations: the messaging service never dates a message before the last one
 * it stored, so going back in time would bunch them up.
 */
async function seedConversations(clinic: DemoClinic): Promise<number> {
  const { seed, organizationId } = clinic;
  const steps: Step[] = DEMO_CONVERSATIONS.flatMap((conversation) => [
    { minutesAgo: (conversation.messages[0]?.minutesAgo ?? 0) + 1, conversation, message: null },
    ...conversation.messages.map((message) => ({ minutesAgo: message.minutesAgo, conversation, message })),
  ]);
  steps.sort((a, b) => b.minutesAgo - a.minutesAgo);
  const started = new Map<DemoConversation, ConversationRecord>();
  for (const { minutesAgo, conversation, message } of steps) {
    seed.at(seed.now - minutesAgo * MINUTE_MS);
    if (message === null) {
      const participantIds = conversation.with.map((username) => clinic.staff(username).id);
      started.set(conversation, startConversation(seed.ctx, organizationId, clinic.staff(conversation.createdBy).id, { participantIds, name: conversation.name }));
      continue;
    }
    const sender = clinic.staff(message.from);
    const stored = started.get(conversation);
    if (stored === undefined) throw new Error(`Failed to seed the demo clinic: a message of "${conversation.name}" comes before the conversation starts.`);
    const attachments = message.sharesAppointmentOf === undefined ? undefined : [appointmentAttachment(clinic, message.sharesAppointmentOf)];
    await sendMessage(seed.ctx, { organizationId, userId: sender.id, name: sender.name }, stored.id, message.body, attachments);
  }
  return steps.filter((step) => step.message !== null).length;
}

/** The patient's next appointment from today on, as a message attachment snapshots it. */
function appointmentAttachment(clinic: DemoClinic, patientName: string) {
  const { fileNumber } = clinic.patient(patientName);
  const today = clinic.seed.day(0);
  const next = clinic.seed.ctx.store.appointments
    .findMany(fieldsEqual({ organizationId: clinic.organizationId, fileNumber }))
    .filter((appointment) => appointment.date >= today)
    .sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`))[0];
  if (next === undefined) throw new Error(`Failed to seed the demo clinic: ${patientName} has no appointment from today on to share. Book one in mocks/seeds/demo-schedule-data.ts.`);
  const { name, date, time, type, provider, status } = next;
  return normalizeAttachment({ kind: "appointment", appointment: { fileNumber, name, date, time, type, provider, status } });
}
