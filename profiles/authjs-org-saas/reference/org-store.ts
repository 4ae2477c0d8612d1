// Organizations and their users on PostgreSQL: registration (organization + admin in one
// transaction), look-ups for sign-in and mail, password and verification updates, deletion.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { CredentialsAccount } from "../config/auth-config.ts";
import { slugCandidates } from "./organization-slug.ts";

export type Registration = { organizationName: string; firstName: string; lastName: string; email: string; passwordHash: string };
export type RegisteredUser = { id: string; email: string; firstName: string; lastName: string };
export type RegisteredOrganization = { id: string; name: string; slug: string };
export type StoredUser = RegisteredUser & { organizationId: string; emailVerified: boolean };

const UNIQUE_VIOLATION = "23505";
const isUniqueViolation = (error: unknown, constraint: string) =>
  error instanceof Error && "code" in error && error.code === UNIQUE_VIOLATION && "constraint" in error && error.constraint === constraint;

/** Insert the organization under its first free slug (a concurrent registration may take one first). */
async function insertOrganization(client: pg.PoolClient, name: string): Promise<RegisteredOrganization> {
  for (const slug of slugCandidates(name)) {
    const id = randomUUID();
    await client.query("SAVEPOINT slug");
    try {
      await client.query("INSERT INTO organizations (id, name, slug) VALUES ($1, $2, $3)", [id, name, slug]);
      return { id, name, slug };
    } catch (error) {
      if (!isUniqueViolation(error, "organizations_slug_key")) throw error;
      await client.query("ROLLBACK TO SAVEPOINT slug");
    }
  }
  throw new Error("Failed to register: no free organization slug.");
}

/** Create an organization and its admin; `email-taken` when a user has this email. */
export async function registerOrganization(pool: pg.Pool, input: Registration): Promise<{ user: RegisteredUser; organization: RegisteredOrganization } | "email-taken"> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const organization = await insertOrganization(client, input.organizationName);
    const user = { id: randomUUID(), email: input.email.toLowerCase(), firstName: input.firstName, lastName: input.lastName };
    await client.query(
      "INSERT INTO users (id, organization_id, email, first_name, last_name, role, password_hash) VALUES ($1, $2, $3, $4, $5, 'admin', $6)",
      [user.id, organization.id, user.email, user.firstName, user.lastName, input.passwordHash],
    );
    await client.query("COMMIT");
    return { user, organization };
  } catch (error) {
    await client.query("ROLLBACK");
    if (isUniqueViolation(error, "users_email_key")) return "email-taken";
    throw error;
  } finally {
    client.release();
  }
}

type UserRow = { id: string; email: string; first_name: string; last_name: string; organization_id: string; role: CredentialsAccount["role"]; password_hash: string; email_verified_at: Date | null };

async function userRow(pool: pg.Pool, email: string): Promise<UserRow | undefined> {
  const { rows } = await pool.query<UserRow>("SELECT * FROM users WHERE email = $1", [email.toLowerCase()]);
  return rows[0];
}

/** What Auth.js's Credentials `authorize` needs of the user with this email, or null. */
export async function findAccountByEmail(pool: pg.Pool, email: string): Promise<CredentialsAccount | null> {
  const row = await userRow(pool, email);
  if (row === undefined) return null;
  return { id: row.id, email: row.email, name: `${row.first_name} ${row.last_name}`, organizationId: row.organization_id, role: row.role, passwordHash: row.password_hash };
}

/** The user with this email (compared case-insensitively), or null. */
export async function findUserByEmail(pool: pg.Pool, email: string): Promise<StoredUser | null> {
  const row = await userRow(pool, email);
  if (row === undefined) return null;
  return { id: row.id, email: row.email, firstName: row.first_name, lastName: row.last_name, organizationId: row.organization_id, emailVerified: row.email_verified_at !== null };
}

/** Mark the user's email verified (the first verification's time is kept). */
export async function markEmailVerified(pool: pg.Pool, userId: string): Promise<void> {
  await pool.query("UPDATE users SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1", [userId]);
}

export async function setPasswordHash(pool: pg.Pool, userId: string, passwordHash: string): Promise<void> {
  await pool.query("UPDATE users SET password_hash = $2 WHERE id = $1", [userId, passwordHash]);
}

/** Delete an organization with its users and their tokens; false when there is none with this id. */
export async function deleteOrganization(pool: pg.Pool, id: string): Promise<boolean> {
  const { rowCount } = await pool.query("DELETE FROM organizations WHERE id = $1", [id]);
  return rowCount === 1;
}
