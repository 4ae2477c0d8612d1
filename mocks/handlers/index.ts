// Every operation's handler, by operationId. A test holds this list and the spec's operations together.
import type { OperationHandler } from "../core/call.ts";
import { getSession } from "./auth/get-session.ts";
import { signInEmail } from "./auth/sign-in-email.ts";
import { signInUsername } from "./auth/sign-in-username.ts";
import { signOut } from "./auth/sign-out.ts";
import { signUpEmail } from "./auth/sign-up-email.ts";
import { advanceClock, getClock } from "./service/dev-clock.ts";
import { clearOutbox, listOutbox } from "./service/dev-outbox.ts";
import { getHealth } from "./service/get-health.ts";
import { getVersion } from "./service/get-version.ts";

export const operationHandlers: Record<string, OperationHandler> = {
  getHealth,
  getVersion,
  listOutbox,
  clearOutbox,
  getClock,
  advanceClock,
  signUpEmail,
  signInEmail,
  signInUsername,
  signOut,
  getSession,
};
