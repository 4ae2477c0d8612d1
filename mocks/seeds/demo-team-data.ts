// The demo clinic's teamwork: tasks on the board across departments and people, and two
// conversations. Staff are named by username, patients as in demo-patients-data.ts; times are
// hours or minutes before the seed's now.
import type { components } from "#openapi";

type Schemas = components["schemas"];

export type DemoTask = {
  title: string;
  createdBy: string;
  hoursAgo: number;
  /** The text on the card. */
  assignee: string;
  assigneeRole?: Schemas["TaskDepartment"];
  /** A username when the task is assigned to a person. */
  assigneeUser?: string;
  due: string;
  priority: Schemas["TaskPriority"];
  status: Schemas["TaskStatus"];
  /** A patient's name; the task stores their file number. */
  patient?: string;
  notes?: string;
};

export type DemoMessage = {
  from: string;
  minutesAgo: number;
  body: string;
  /** A patient whose next appointment the message shares as an attachment. */
  sharesAppointmentOf?: string;
};

export type DemoConversation = { createdBy: string; with: string[]; name: string | null; messages: DemoMessage[] };

/** Tasks, oldest first. */
export const DEMO_TASKS: DemoTask[] = [
  { title: "Update the opening hours on the website", createdBy: "amina", hoursAgo: 70, assignee: "Daniel Okafor", assigneeUser: "daniel", due: "This week", priority: "low", status: "done" },
  { title: "Restock the vaccine fridge", createdBy: "kwame", hoursAgo: 52, assignee: "Grace Liu", assigneeUser: "grace", due: "Yesterday", priority: "medium", status: "done" },
  { title: "Order two peak-flow meters", createdBy: "amina", hoursAgo: 30, assignee: "Admin", assigneeRole: "admin", due: "Friday", priority: "low", status: "in_progress" },
  {
    title: "Review Esther Nwosu's discharge letter", createdBy: "amina", hoursAgo: 26, assignee: "Dr. Leila Haddad", assigneeUser: "leila",
    due: "Before her review", priority: "medium", status: "todo", patient: "Esther Nwosu",
  },
  {
    title: "Send Ama Owusu's asthma action plan to her school", createdBy: "kwame", hoursAgo: 20, assignee: "Tomás Rivera", assigneeUser: "tomas",
    due: "Tomorrow", priority: "medium", status: "todo", patient: "Ama Owusu", notes: "The school nurse asked for a copy by email.",
  },
  { title: "Text reminders for Friday's appointments", createdBy: "daniel", hoursAgo: 6, assignee: "Joseph Mensah", assigneeRole: "reception", assigneeUser: "joseph", due: "Thursday", priority: "low", status: "todo" },
  {
    title: "Repeat potassium for Kofi Antwi", createdBy: "leila", hoursAgo: 4, assignee: "Lab", assigneeRole: "lab",
    due: "Tomorrow 8am", priority: "high", status: "in_progress", patient: "Kofi Antwi", notes: "On furosemide 40 mg; last K 3.3.",
  },
  {
    title: "Prepare Liam O'Connor's methylphenidate renewal", createdBy: "kwame", hoursAgo: 3, assignee: "Pharmacy", assigneeRole: "pharmacy",
    due: "Today", priority: "medium", status: "todo", patient: "Liam O'Connor",
  },
  {
    title: "Call Mr. Adebayo with his HbA1c result", createdBy: "leila", hoursAgo: 1, assignee: "Front desk", assigneeRole: "reception",
    due: "Today 4pm", priority: "high", status: "todo", patient: "Yusuf Adebayo", notes: "He prefers a call after 3pm.",
  },
];

/** Conversations the demo owner takes part in, each with unread messages waiting for her. */
export const DEMO_CONVERSATIONS: DemoConversation[] = [
  {
    createdBy: "joseph",
    with: ["amina", "daniel", "grace", "kwame"],
    name: "Front desk & team",
    messages: [
      { from: "joseph", minutesAgo: 150, body: "Good morning all. Full list today; Chiamaka Eze is a new walk-in booked with Dr. Yusuf at 11:30." },
      { from: "grace", minutesAgo: 130, body: "Liam O'Connor's methylphenidate lapsed ten days ago. Dr. Asante, can you renew it at his 10:00?" },
      { from: "kwame", minutesAgo: 118, body: "Will do, I've put a task in for pharmacy." },
      { from: "daniel", minutesAgo: 45, body: "Reminder: the vaccine fridge is serviced tomorrow at 8, so no vaccinations before 9." },
    ],
  },
  {
    createdBy: "leila",
    with: ["amina"],
    name: null,
    messages: [
      { from: "leila", minutesAgo: 95, body: "Morning Amina. Kofi Antwi's BNP is up again; I've kept him on furosemide 40 mg." },
      { from: "amina", minutesAgo: 80, body: "Thanks. Let's keep him in until his weight settles. Could the lab repeat his potassium?" },
      { from: "leila", minutesAgo: 20, body: "Done, Samuel has it. Esther Nwosu's review is booked too.", sharesAppointmentOf: "Esther Nwosu" },
    ],
  },
];
