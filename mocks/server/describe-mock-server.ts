// What the standalone mock prints when it starts: where it is, the dev endpoints, the seeded credentials
// and what the seeded clinic holds.
import type { SeedInfo } from "../glossary.ts";

const COLUMNS = ["role", "username", "email", "password"] as const;

function table(rows: Array<Record<(typeof COLUMNS)[number], string>>): string[] {
  const widths = COLUMNS.map((column) => Math.max(column.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => `  ${cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join("  ")}`.trimEnd();
  return [line([...COLUMNS]), line(widths.map((width) => "-".repeat(width))), ...rows.map((row) => line(COLUMNS.map((column) => row[column])))];
}

/** One line saying what a seeded clinic holds: "14 patients, 14 appointments (6 today), …". */
function describeSeedRecords(records: NonNullable<SeedInfo["records"]>): string {
  const { patients, appointments, appointmentsToday, prescriptions, tasks, conversations, messages } = records;
  return `${patients} patients, ${appointments} appointments (${appointmentsToday} today), ${prescriptions} prescriptions, ${tasks} tasks, ${conversations} conversations (${messages} messages)`;
}

/** The lines the mock server prints on start: base URL, dev endpoints, and the seed's clinic, records and users. */
export function describeMockServer(url: string, seed: SeedInfo | null): string[] {
  const lines = [
    `temetro mock listening on ${url} (Socket.io at ${url}/socket.io)`,
    `  Emails it "sends":  GET ${url}/__dev/outbox[?to=<email>]   (DELETE to empty it)`,
    `  Its clock:          GET ${url}/__dev/clock, POST {"advanceMs": <ms>} to move it`,
  ];
  if (seed === null) return [...lines, "  Seed: empty (sign up to create users)."];
  return [
    ...lines,
    "",
    `Clinic "${seed.clinic.name}" (slug ${seed.clinic.slug}, id ${seed.clinic.id}). Sign in with email or username:`,
    ...table(seed.users),
    ...(seed.records === undefined ? [] : ["", `It holds ${describeSeedRecords(seed.records)}.`]),
  ];
}
