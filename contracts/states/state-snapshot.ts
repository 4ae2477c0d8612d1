// A built state as data, and back: its value with every actor replaced by the cookies it holds, so
// a state built once (by the run's state broker, or by the first check of a worker) crosses to any
// worker and is restored there as actors of that worker's target; each check then gets copies of
// them (Actor.copy: a copy of each jar, a client IP of its own), so a check's rate-limit buckets and
// cookies stay its own however many checks share the state.
import type { Actor, Target } from "#targets/target";
import type { StateSnapshot } from "./state-broker-protocol.ts";

type Json = StateSnapshot["value"];

const ACTOR_KEY = "$actor";

function isActor(value: unknown): value is Actor {
  return typeof value === "object" && value !== null && "request" in value && typeof value.request === "function" && "saveCookies" in value;
}

/** The state's value as JSON-safe data; throws for anything else that is not data (a function, a class instance). */
export async function snapshotOf(value: unknown): Promise<StateSnapshot> {
  const actors: Actor[] = [];
  const encode = (part: unknown, path: string): Json => {
    if (isActor(part)) {
      const index = actors.indexOf(part);
      return { [ACTOR_KEY]: index >= 0 ? index : actors.push(part) - 1 };
    }
    if (Array.isArray(part)) return part.map((item, index) => encode(item, `${path}[${index}]`));
    if (typeof part === "function" || typeof part === "symbol" || typeof part === "bigint") {
      throw new Error(`Failed to share the state: ${path} is a ${typeof part}. A shared state's value holds data and actors only.`);
    }
    if (part === undefined || part === null) return null;
    if (typeof part === "string" || typeof part === "number" || typeof part === "boolean") return part;
    if (Object.getPrototypeOf(part) !== Object.prototype) throw new Error(`Failed to share the state: ${path} is not a plain object. A shared state's value holds data and actors only.`);
    return Object.fromEntries(Object.entries(part).filter(([, item]) => item !== undefined).map(([key, item]) => [key, encode(item, `${path}.${key}`)]));
  };
  const encoded = encode(value, "the value");
  return { value: encoded, actors: await Promise.all(actors.map(async (actor) => ({ label: actor.label, cookies: await actor.saveCookies() }))) };
}

/** The value again, each actor a new one of `target` holding the saved cookies (one actor where the value named one twice). */
export function restoreSnapshot(snapshot: StateSnapshot, target: Target): unknown {
  const actors = snapshot.actors.map(({ label, cookies }) => target.actor(label, { cookies }));
  const decode = (part: unknown): unknown => {
    if (Array.isArray(part)) return part.map(decode);
    if (typeof part !== "object" || part === null) return part;
    const index = ACTOR_KEY in part ? part[ACTOR_KEY] : undefined;
    if (typeof index === "number") {
      const actor = actors[index];
      if (actor === undefined) throw new Error(`Failed to restore a shared state: it names actor #${index} of ${actors.length}.`);
      return actor;
    }
    return Object.fromEntries(Object.entries(part).map(([key, item]) => [key, decode(item)]));
  };
  return decode(snapshot.value);
}

/** A copy of the value (new plain objects and arrays) with each actor a copy of it, one copy where the value names an actor twice. */
export async function withCopiedActors<T>(value: T): Promise<T> {
  const copies = new Map<Actor, Promise<Actor>>();
  const copy = async (part: unknown): Promise<unknown> => {
    if (isActor(part)) {
      const existing = copies.get(part) ?? part.copy({ label: part.label });
      copies.set(part, existing);
      return existing;
    }
    if (Array.isArray(part)) return Promise.all(part.map(copy));
    if (typeof part !== "object" || part === null || Object.getPrototypeOf(part) !== Object.prototype) return part;
    return Object.fromEntries(await Promise.all(Object.entries(part).map(async ([key, item]) => [key, await copy(item)] as const)));
  };
  // The same shape as the value: objects and arrays rebuilt, each actor swapped for an actor.
  return (await copy(value)) as T;
}
