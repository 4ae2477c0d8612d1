// "A refused request changed nothing": before a write, the clinic's state as its owner reads it
// (the list the write would change); after a refusal the same reads must answer the same. The
// observer is a session of its own, never a sender of generated requests, signed in again if a
// generated request ends the owner's sessions.
import type { Operation } from "#openapi";
import type { Actor, Target } from "#targets/target";
import type { FuzzWorld } from "./fuzz-world.ts";
import { sendOneShot } from "./send-case.ts";

export type Snapshot = { reads: Array<{ path: string; status: number; text: string }> };

export type Observer = {
  /** The reads that show what the operation could change; empty when nothing is watched. */
  readsFor(operation: Operation): string[];
  take(paths: string[]): Promise<Snapshot>;
};

function readsOf(operation: Operation, world: FuzzWorld): string[] {
  const clinic = encodeURIComponent(world.clinic.id);
  const conversation = world.known.conversationId[0] ?? "";
  const prefixes: Array<[string, string[]]> = [
    ["/api/patients", ["/api/patients"]],
    ["/api/appointments", ["/api/appointments"]],
    ["/api/prescriptions", ["/api/prescriptions"]],
    ["/api/tasks", ["/api/tasks"]],
    ["/api/staff", ["/api/staff", "/api/staff/providers"]],
    // Messages first: if reading them marks them read, the list read after shows it in both snapshots.
    ["/api/conversations", [`/api/conversations/${conversation}/messages`, "/api/conversations"]],
    ["/api/auth/organization/", [`/api/auth/organization/get-full-organization?organizationId=${clinic}`]],
  ];
  if (operation.method === "get") return [];
  return prefixes.find(([prefix]) => operation.path.startsWith(prefix))?.[1] ?? [];
}

/** The observer of a world: the owner, signed in on a client of its own. */
export async function createObserver(target: Target, world: FuzzWorld): Promise<Observer> {
  const owner = world.people.owner;
  let actor: Actor = target.actor("fuzz observer (owner)");
  const signIn = async () => {
    if (owner === undefined) return;
    actor = target.actor("fuzz observer (owner)");
    const { email, password } = owner.identity;
    await sendOneShot(target, actor, "/api/auth/sign-in/email", { json: { email, password } });
    // A new session lands in any of the owner's clinics (a generated request may have created another).
    await sendOneShot(target, actor, "/api/auth/organization/set-active", { json: { organizationId: world.clinic.id } });
  };
  await signIn();
  const read = (path: string) => sendOneShot(target, actor, path);
  return {
    readsFor: (operation) => readsOf(operation, world),
    async take(paths) {
      const reads: Snapshot["reads"] = [];
      for (const path of paths) {
        let exchange = await read(path);
        if (exchange.status === 401) {
          await signIn();
          exchange = await read(path);
        }
        reads.push({ path, status: exchange.status, text: exchange.text });
      }
      return { reads };
    },
  };
}

/** What differs between two snapshots of the same reads, as readable lines. */
export function snapshotDifferences(before: Snapshot, after: Snapshot): string[] {
  return before.reads.flatMap((read, index) => {
    const later = after.reads[index];
    if (later === undefined || (later.status === read.status && later.text === read.text)) return [];
    return [`GET ${read.path} changed: ${read.status} ${read.text.slice(0, 160)} → ${later.status} ${later.text.slice(0, 160)}`];
  });
}
