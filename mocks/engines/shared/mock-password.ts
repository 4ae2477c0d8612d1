// The mock engines' password hash: salted SHA-256 through Web Crypto. THIS IS A MOCK, NOT A PASSWORD
// HASH FOR REAL USERS: SHA-256 is fast on purpose, so a sign-up costs microseconds instead of the
// ~200 ms of a real scrypt or bcrypt; a real deployment keeps its own hash. The better-auth engine
// plugs it into `emailAndPassword.password`, the Auth.js engine into the Credentials check.
const encoder = new TextEncoder();
const hex = (bytes: ArrayBuffer | Uint8Array) => Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, "0")).join("");

async function digest(salt: string, password: string): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", encoder.encode(`${salt}:${password}`)));
}

/** `mock-sha256$<salt>$<digest>` of a password, with a fresh 16-byte salt. */
export async function hashMockPassword(password: string): Promise<string> {
  const salt = hex(crypto.getRandomValues(new Uint8Array(16)));
  return `mock-sha256$${salt}$${await digest(salt, password)}`;
}

/** Whether `password` is the one `hash` was made from; false for a hash this mock did not make. */
export async function verifyMockPassword({ hash, password }: { hash: string; password: string }): Promise<boolean> {
  const [scheme, salt, expected] = hash.split("$");
  if (scheme !== "mock-sha256" || salt === undefined || expected === undefined) return false;
  return (await digest(salt, password)) === expected;
}

/** A password hash as the engines hand it to an app: make one, check one. */
export type PasswordHash = {
  hash(password: string): Promise<string>;
  verify(input: { hash: string; password: string }): Promise<boolean>;
};

/** The mock's pair (the shape Better Auth's `emailAndPassword.password` takes). */
export const mockPasswordHash: PasswordHash = { hash: hashMockPassword, verify: verifyMockPassword };
