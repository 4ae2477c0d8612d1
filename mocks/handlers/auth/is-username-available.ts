// POST /api/auth/is-username-available — whether a username is free, compared case-insensitively;
// an empty or malformed one is 422.
import { failBetterAuth } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { findUserByUsername } from "../../services/accounts.ts";
import { usernameProblem } from "../../services/credential-rules.ts";
import { defineHandler } from "../define-handler.ts";

export const isUsernameAvailable = defineHandler("isUsernameAvailable", (call) => {
  const { username } = call.body;
  if (!username) failBetterAuth(422, "INVALID_USERNAME");
  const problem = usernameProblem(username);
  if (problem !== null) failBetterAuth(422, problem);
  return respond(call, 200, { available: findUserByUsername(call.ctx, username) === undefined });
});
