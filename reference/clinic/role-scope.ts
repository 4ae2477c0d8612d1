// temetro's lib/role-scope.ts, plus decision D2 (no medications for lab): how a member's role
// string narrows what patient routes show.

const namesOf = (memberRole: string): string[] => memberRole.split(",").map((name) => name.trim()).filter(Boolean);
const hasAny = (names: string[], wanted: string[]) => wanted.some((name) => names.includes(name));

/** The doctor's user id when reads are scoped to their patients (doctor, and none of owner, admin, member). */
export function providerScope(memberRole: string, userId: string): string | undefined {
  const names = namesOf(memberRole);
  return names.includes("doctor") && !hasAny(names, ["owner", "admin", "member"]) ? userId : undefined;
}

/** Reception without any clinical role: demographics only. */
export function isReceptionOnly(memberRole: string): boolean {
  const names = namesOf(memberRole);
  return names.includes("reception") && !hasAny(names, ["owner", "admin", "doctor", "member"]);
}

/** Decision D2: medications are shown only to roles that read prescriptions (not lab, not reception). */
export function hidesMedications(memberRole: string): boolean {
  return !hasAny(namesOf(memberRole), ["owner", "admin", "doctor", "member", "pharmacy"]);
}
