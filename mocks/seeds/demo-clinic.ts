// The "demo" scenario: Sunrise Family Clinic with one staff account per role, built through the
// services (as temetro provisions staff server-side), so every seeded user can sign in by
// username and lands in the clinic with their role.
import { ROLES } from "#openapi";
import type { MockContext } from "../core/context.ts";
import type { SeedInfo, SeedUser } from "../glossary.ts";
import { createAccount } from "../services/accounts.ts";
import { addMember, CREATOR_ROLE } from "../services/memberships.ts";
import { createOrganization } from "../services/organizations.ts";

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

/** The demo credentials of a role: an email on the clinic's domain, a username, a 12+ character password. */
export function demoUser(role: string): SeedUser {
  const staff = STAFF[role];
  if (staff === undefined) throw new Error(`Failed to seed the demo clinic: no demo user for role "${role}". Add one to STAFF in mocks/seeds/demo-clinic.ts.`);
  const first = staff.username;
  const last = staff.name.split(" ").at(-1)?.toLowerCase() ?? first;
  return { role, name: staff.name, email: `${first}.${last}@${DOMAIN}`, username: staff.username, password: `sunrise-${role}-demo` };
}

/** Seeds the demo clinic: the owner creates it, every other role of the matrix is added as a member. */
export async function seedDemoClinic(ctx: MockContext): Promise<SeedInfo> {
  const users = ROLES.map(demoUser);
  const ownerAccount = await createAccount(ctx, demoUser(CREATOR_ROLE));
  const { organization } = await createOrganization(ctx, ownerAccount.id, CLINIC);
  for (const user of users.filter((candidate) => candidate.role !== CREATOR_ROLE)) {
    const account = await createAccount(ctx, user);
    await addMember(ctx, { organizationId: organization.id, userId: account.id, role: user.role });
  }
  return { clinic: { id: organization.id, name: organization.name, slug: organization.slug }, users };
}
