// What an accepted generated request leaves behind, kept track of: new accounts, clinics and
// records are registered in the cleanup registry (so safe mode leaves nothing), and a changed
// password is remembered so the world's own cleanup can still sign in and delete its people.
import { isRecord } from "#openapi";
import type { Cleanup } from "../cleanup.ts";
import type { Exchange, Target } from "#targets/target";
import type { FuzzCase } from "./fuzz-cases.ts";
import type { FuzzWorld } from "./fuzz-world.ts";
import { senderOf, sendOneShot } from "./send-case.ts";

export type EffectContext = { target: Target; world: FuzzWorld; cleanup: Cleanup };

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

function jsonOf(fuzzCase: FuzzCase): Record<string, unknown> {
  const json = fuzzCase.body !== undefined && "json" in fuzzCase.body ? fuzzCase.body.json : undefined;
  return isRecord(json) ? json : {};
}

/** Signs in on a new client (by e-mail or username) and sends one request; throws unless it is 200. */
async function asFreshSignIn(context: EffectContext, credentials: Record<string, string>, path: string, json: unknown): Promise<void> {
  const actor = context.target.actor("fuzz cleanup");
  const signInPath = "email" in credentials ? "/api/auth/sign-in/email" : "/api/auth/sign-in/username";
  const signedIn = await sendOneShot(context.target, actor, signInPath, { json: credentials });
  if (signedIn.status !== 200) throw new Error(`signing in answered ${signedIn.status}`);
  const done = await sendOneShot(context.target, actor, path, { json });
  if (done.status !== 200) throw new Error(`${path} answered ${done.status}`);
}

/**
 * Gives a person of the world their session back after an accepted request ended it (sign-out,
 * revoke-sessions), deleted them (delete-user: they sign up again, so the world's cleanup finds
 * them), or moved their active clinic: later cases still have someone to send as.
 */
async function restorePerson(context: EffectContext, name: string, signUpAgain: boolean): Promise<void> {
  const person = context.world.people[name];
  if (person === undefined) return;
  const { actor, identity } = person;
  const signInPath = signUpAgain ? "/api/auth/sign-up/email" : "/api/auth/sign-in/email";
  const credentials = signUpAgain ? identity : { email: identity.email, password: identity.password };
  await sendOneShot(context.target, actor, signInPath, { json: credentials });
  await sendOneShot(context.target, actor, "/api/auth/organization/set-active", { json: { organizationId: context.world.clinic.id } });
}

function registerDelete(context: EffectContext, what: string, path: string): void {
  const owner = context.world.people.owner;
  if (owner === undefined) return;
  context.cleanup.add(what, async () => {
    const exchange = await sendOneShot(context.target, owner.actor, path, { method: "DELETE" });
    // 403 and 404: the record, or the clinic it was in, is gone already (the clinic takes its records along).
    if (![204, 403, 404].includes(exchange.status)) throw new Error(`DELETE ${path} answered ${exchange.status}`);
  });
}

/** Records what an accepted request created or changed. */
export async function recordEffects(context: EffectContext, fuzzCase: FuzzCase, exchange: Exchange, operationId: string | undefined): Promise<void> {
  if (exchange.status >= 300 || operationId === undefined) return;
  const json = jsonOf(fuzzCase);
  const body = isRecord(exchange.body) ? exchange.body : {};
  const person = context.world.people[fuzzCase.as];
  switch (operationId) {
    case "signOut":
    case "revokeSessions":
    case "setActiveOrganization":
      return restorePerson(context, fuzzCase.as, false);
    case "deleteUser":
      return restorePerson(context, fuzzCase.as, true);
    case "signUpEmail": {
      const email = text(json.email);
      const password = text(json.password);
      if (email !== undefined && password !== undefined) {
        context.cleanup.add(`user ${email}`, () => asFreshSignIn(context, { email, password }, "/api/auth/delete-user", {}));
      }
      return;
    }
    case "createStaff": {
      const username = text(body.username);
      const password = text(json.password);
      if (username !== undefined && password !== undefined) {
        context.cleanup.add(`staff account ${username}`, () => asFreshSignIn(context, { username, password }, "/api/auth/delete-user", {}));
      }
      return;
    }
    case "createOrganization": {
      const id = text(body.id);
      const creator = senderOf(context, fuzzCase);
      if (id !== undefined) {
        context.cleanup.add(`clinic ${text(body.slug) ?? id}`, async () => {
          const deletePath = "/api/auth/organization/delete";
          const exchange = await sendOneShot(context.target, creator, deletePath, { json: { organizationId: id } });
          if (exchange.status !== 200 && person !== undefined) {
            const { email, password } = person.identity;
            await asFreshSignIn(context, { email, password }, deletePath, { organizationId: id });
          }
        });
      }
      return;
    }
    case "advanceClock": {
      // The clock goes back at once: a shared mock's other checks keep their time.
      const ms = json.advanceMs;
      if (typeof ms === "number" && ms !== 0) await context.target.rewindClock(ms);
      return;
    }
    case "changePassword": {
      const password = text(json.newPassword);
      if (person !== undefined && password !== undefined) person.identity.password = password;
      return;
    }
    case "setStaffPassword": {
      const userId = decodeURIComponent(fuzzCase.path.split("/")[3] ?? "");
      const password = text(json.newPassword);
      const member = Object.values(context.world.people).find((candidate) => candidate.userId === userId);
      if (member !== undefined && password !== undefined) member.identity.password = password;
      return;
    }
    case "createPatient": return void (text(body.fileNumber) !== undefined && registerDelete(context, `patient ${text(body.fileNumber)}`, `/api/patients/${encodeURIComponent(text(body.fileNumber) ?? "")}`));
    case "createAppointment": return void (text(body.id) !== undefined && registerDelete(context, `appointment ${text(body.id)}`, `/api/appointments/${text(body.id)}`));
    case "createPrescription": return void (text(body.id) !== undefined && registerDelete(context, `prescription ${text(body.id)}`, `/api/prescriptions/${text(body.id)}`));
    case "createTask": return void (text(body.id) !== undefined && registerDelete(context, `task ${text(body.id)}`, `/api/tasks/${text(body.id)}`));
  }
}
