// The "demo" scenario: Sunrise Family Clinic with one staff account per role, built through the
// services (as temetro provisions staff server-side), so every seeded user can sign in by
// username and lands in the clinic with their role; then a week of records (seed-demo-records.ts).
import { ROLES } from "#openapi";
import type { MockContext } from "../core/context.ts";
import type { SeedInfo, SeedUser } from "../glossary.ts";
import { createAccount } from "../services/accounts.ts";
import { addMember, CREATOR_ROLE } from "../services/memberships.ts";
import { createOrganization } from "../services/organizations.ts";
import { setSpecialty } from "../services/staff.ts";
import type { DemoStaffMember } from "./seed-context.ts";
import { seedDemoRecords } from "./seed-demo-records.ts";

const CLINIC = { name: "Sunrise Family Clinic", slug: "sunrise-family-clinic" };
const DOMAIN = "sunrise-clinic.example";

/** Who holds each role of the matrix in the demo clinic. */
const STAFF: Record<string, { name: string; username: string }> = {
  owner: { name: "Dr. Amina Yusuf", username: "amina" },
  admin: { name: "Daniel Okafor", username: "daniel" },
  doctor: { name: "Dr. Leila Haddad", username: "leila" },
  member: { name: "Tomás Rivera", username: "tomas" },
  reception: { name: "Joseph Mensah", username: "joseph" },
  pharmacy: { name: "Grace Liu", username: "grace" },
  lab: { name: "Samuel Boateng", username: "samuel" },
};

/**
 * Staff beside the demo logins: a second doctor, so patients spread across doctors and a doctor's
 * scoped view (D4) shows. The demo keeps one published login per role, so his password is random;
 * an admin can set one (PATCH /api/staff/{userId}/password) to sign in as him.
 */
const COLLEAGUES = [{ role: "doctor", name: "Dr. Kwame Asante", username: "kwame" }];

/** Specialties of the providers, by username (GET /api/staff/providers shows them). */
const SPECIALTIES: Record<string, string> = { amina: "Family medicine", leila: "Internal medicine", kwame: "Paediatrics" };

/** The demo credentials of a role: an email on the clinic's domain, a username, a 12+ character password. */
export function demoUser(role: string): SeedUser {
  const staff = STAFF[role];
  if (staff === undefined) throw new Error(`Failed to seed the demo clinic: no demo user for role "${role}". Add one to STAFF in mocks/seeds/demo-clinic.ts.`);
  return { role, name: staff.name, email: `${staff.username}.${lastName(staff.name)}@${DOMAIN}`, username: staff.username, password: `sunrise-${role}-demo` };
}

const lastName = (name: string): string => name.split(" ").at(-1)?.toLowerCase() ?? name.toLowerCase();

/** Seeds the demo clinic: the owner creates it, every other role of the matrix and the colleagues join, then its records. */
export async function seedDemoClinic(ctx: MockContext): Promise<SeedInfo> {
  const users = ROLES.map(demoUser);
  const staff = new Map<string, DemoStaffMember>();
  const owner = demoUser(CREATOR_ROLE);
  const ownerAccount = await createAccount(ctx, owner);
  const { organization } = await createOrganization(ctx, ownerAccount.id, CLINIC);
  staff.set(owner.username, { id: ownerAccount.id, name: owner.name, role: CREATOR_ROLE });
  const joining = [
    ...users.filter((candidate) => candidate.role !== CREATOR_ROLE),
    ...COLLEAGUES.map(({ role, name, username }) => ({ role, name, username, email: `${username}.${lastName(name)}@${DOMAIN}`, password: crypto.randomUUID() })),
  ];
  for (const user of joining) {
    const account = await createAccount(ctx, user);
    await addMember(ctx, { organizationId: organization.id, userId: account.id, role: user.role });
    staff.set(user.username, { id: account.id, name: account.name, role: user.role });
  }
  for (const [username, specialty] of Object.entries(SPECIALTIES)) {
    const member = staff.get(username);
    if (member !== undefined) setSpecialty(ctx, organization.id, member.id, specialty);
  }
  const records = await seedDemoRecords(ctx, organization.id, staff);
  return { clinic: { id: organization.id, name: organization.name, slug: organization.slug }, users, records };
}
