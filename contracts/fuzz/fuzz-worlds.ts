// Where each operation is fuzzed, the same for the suite's FUZZ checks and the `fuzz` command. The
// operations of a group (auth, organization, clinic records, the rest: one contract file each)
// share one world. An operation that takes a clinic apart gets a second clinic of the group's
// people, one that deletes accounts a world of its own, and one that deletes the records it names
// records of its own in the group's world. Signing out, revoking sessions, moving the active clinic
// and changing passwords are undone or tracked (case-effects.ts), so those share.
import type { Operation } from "#openapi";
import type { Target } from "#targets/target";
import type { Cleanup } from "../cleanup.ts";
import { createCleanup } from "../cleanup.ts";
import type { State } from "../states/index.ts";
import { fuzzOperation } from "./fuzz-operation.ts";
import type { OperationResult } from "./fuzz-operation.ts";
import { buildFuzzWorld, fuzzWorld, secondClinicOf, withRecordsOfItsOwn } from "./fuzz-world.ts";
import type { FuzzWorld } from "./fuzz-world.ts";
import { createObserver } from "./state-snapshot.ts";
import type { Observer } from "./state-snapshot.ts";

/** Operations whose accepted requests take the world apart (its clinic, a member, an account, a seeded record) for every operation after them. */
export const WORLD_CHANGING: ReadonlySet<string> = new Set([
  "deleteOrganization", "leaveOrganization", "removeMember", "updateMemberRole", "deleteUser",
  "deletePatient", "deleteAppointment", "deletePrescription", "deleteTask",
]);

/** The world-changing operations that only take apart the clinic they are sent to: fuzzed in a second clinic of the group's people. */
export const CLINIC_CHANGING: ReadonlySet<string> = new Set(["deleteOrganization", "leaveOrganization", "removeMember", "updateMemberRole"]);

/** The world-changing operations that only take apart the records they name: fuzzed on records of their own in the group's world. */
export const RECORD_DELETING: ReadonlySet<string> = new Set(["deletePatient", "deleteAppointment", "deletePrescription", "deleteTask"]);

export type FuzzGroup = "auth" | "organization" | "clinic" | "service";

const CLINIC_PREFIXES = ["/api/patients", "/api/appointments", "/api/prescriptions", "/api/tasks", "/api/staff", "/api/conversations"];

/** The group whose world an operation shares. */
export function fuzzGroupOf(operation: Operation): FuzzGroup {
  if (operation.path.startsWith("/api/auth/organization/")) return "organization";
  if (operation.path.startsWith("/api/auth/")) return "auth";
  return CLINIC_PREFIXES.some((prefix) => operation.path.startsWith(prefix)) ? "clinic" : "service";
}

/** A group's world and the observer of its clinic. */
export type SharedFuzzWorld = { world: FuzzWorld; observer: Observer };

/** Builds a group's world inside `cleanup`, with its observer. */
export async function buildSharedFuzzWorld(target: Target, cleanup: Cleanup): Promise<SharedFuzzWorld> {
  const world = await buildFuzzWorld({ target, cleanup });
  return { world, observer: await createObserver(target, world) };
}

/**
 * The world an operation is fuzzed in, and its observer: the group's (`shared`), or one built with
 * `build` inside the caller's cleanup (a check's `given`, or the command's per-operation registry).
 */
export async function worldForOperation(
  target: Target,
  operation: Operation,
  shared: () => Promise<SharedFuzzWorld>,
  build: <S>(state: State<S>) => Promise<S>,
): Promise<SharedFuzzWorld> {
  const { operationId } = operation;
  if (!WORLD_CHANGING.has(operationId) || RECORD_DELETING.has(operationId)) {
    const { world, observer } = await shared();
    return { world: RECORD_DELETING.has(operationId) ? await withRecordsOfItsOwn(world) : world, observer };
  }
  const world = CLINIC_CHANGING.has(operationId) ? await build(secondClinicOf((await shared()).world)) : await build(fuzzWorld);
  return { world, observer: await createObserver(target, world) };
}

export type FuzzRun = {
  /** Fuzzes one operation; its leftovers are what it left, and its group's once it is the group's last operation. */
  fuzz(operation: Operation, options: { cases: number; seed: number }): Promise<{ result: OperationResult; leftovers: string[] }>;
  /** Deletes the worlds still standing (a run that stopped early); what could not be deleted. */
  close(): Promise<string[]>;
};

/** The `fuzz` command's run over `planned` (in the order it will fuzz them): a group's world is deleted after its last operation. */
export function createFuzzRun(target: Target, planned: readonly Operation[]): FuzzRun {
  const lastOfGroup = new Map(planned.map((operation) => [fuzzGroupOf(operation), operation.operationId]));
  const groups = new Map<FuzzGroup, { cleanup: Cleanup; world?: Promise<SharedFuzzWorld> }>();
  const groupOf = (group: FuzzGroup) => {
    const known = groups.get(group) ?? { cleanup: createCleanup() };
    groups.set(group, known);
    return known;
  };
  return {
    async fuzz(operation, options) {
      const name = fuzzGroupOf(operation);
      const group = groupOf(name);
      const lastOfItsGroup = lastOfGroup.get(name) === operation.operationId;
      const own = createCleanup();
      try {
        const shared = () => (group.world ??= buildSharedFuzzWorld(target, group.cleanup));
        const { world, observer } = await worldForOperation(target, operation, shared, (state) => state.build({ target, cleanup: own }));
        const result = await fuzzOperation({ target, world, cleanup: world.cleanup, observer }, operation, options);
        return { result, leftovers: [...(await own.run()), ...(lastOfItsGroup ? await group.cleanup.run() : [])] };
      } catch (error) {
        await own.run();
        throw error;
      }
    },
    async close() {
      const leftovers: string[] = [];
      for (const { cleanup } of groups.values()) leftovers.push(...(await cleanup.run()));
      return leftovers;
    },
  };
}
