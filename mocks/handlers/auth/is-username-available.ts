// POST /api/auth/is-username-available — whether a username is free, compared case-insensitively;
// an empty or malformed one is 422.
import type { OperationHandler } from "../../core/call.ts";
import { failBetterAuth, json } from "../../core/reply.ts";
import { findUserByUsername } from "../../services/accounts.ts";
import { usernameProblem } from "../../services/credential-rules.ts";
import { parseBody } from "../parse-body.ts";

export const isUsernameAvailable: OperationHandler = (call) => {
  const { username } = parseBody<"IsUsernameAvailableRequest">(call);
  if (!username) failBetterAuth(422, "INVALID_USERNAME");
  const problem = usernameProblem(username);
  if (problem !== null) failBetterAuth(422, problem);
  return json({ available: findUserByUsername(call.ctx, username) === undefined });
};
