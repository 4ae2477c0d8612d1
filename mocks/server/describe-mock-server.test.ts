// The start-up banner of the standalone mock: where it is, the dev endpoints, the seeded credentials
// and what the clinic holds.
import { expect, test } from "vitest";
import { describeMockServer } from "./describe-mock-server.ts";

const seed = {
  clinic: { id: "org-1", name: "Sunrise Family Clinic", slug: "sunrise-family-clinic" },
  users: [
    { role: "owner", name: "Dr. Amina Yusuf", email: "amina@sunrise.example", username: "amina", password: "owner-password" },
    { role: "reception", name: "Joseph Mensah", email: "joseph@sunrise.example", username: "joseph", password: "reception-password" },
  ],
};

test("names the base URL, the outbox and the clock", () => {
  const text = describeMockServer("http://localhost:4000", null).join("\n");
  expect(text).toContain("listening on http://localhost:4000");
  expect(text).toContain("GET http://localhost:4000/__dev/outbox");
  expect(text).toContain("POST {\"advanceMs\": <ms>}");
});

test("prints each seeded user's role, username, email and password as aligned columns", () => {
  const lines = describeMockServer("http://localhost:4000", seed);
  expect(lines).toContain('Clinic "Sunrise Family Clinic" (slug sunrise-family-clinic, id org-1). Sign in with email or username:');
  const header = lines.find((line) => line.trim().startsWith("role"));
  const owner = lines.find((line) => line.trim().startsWith("owner"));
  expect(owner?.split(/\s{2,}/).filter(Boolean)).toEqual(["owner", "amina", "amina@sunrise.example", "owner-password"]);
  expect(owner?.indexOf("amina@")).toBe(header?.indexOf("email"));
});

test("says what the seeded clinic holds, when the seed tells", () => {
  const records = { patients: 14, appointments: 14, appointmentsToday: 6, prescriptions: 11, tasks: 9, conversations: 2, messages: 7 };
  expect(describeMockServer("http://localhost:4000", { ...seed, records }).at(-1)).toBe(
    "It holds 14 patients, 14 appointments (6 today), 11 prescriptions, 9 tasks, 2 conversations (7 messages).",
  );
  expect(describeMockServer("http://localhost:4000", seed).join("\n")).not.toContain("It holds");
});
