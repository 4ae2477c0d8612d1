// POST /api/auth/sign-in/username — how admin-provisioned staff sign in; the username is case-insensitive.
// The route checks, in order: empty fields (401), the username's form (422), the password's length (400).
import { failBetterAuth } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { findUserByUsername, passwordMatches } from "../../services/accounts.ts";
import { MAX_PASSWORD_LENGTH, usernameProblem } from "../../services/credential-rules.ts";
import { defineHandler } from "../define-handler.ts";
import { signedIn } from "./signed-in.ts";

export const signInUsername = defineHandler("signInUsername", async (call) => {
  const { body } = call;
  if (!body.username || !body.password) failBetterAuth(401, "INVALID_USERNAME_OR_PASSWORD");
  const problem = usernameProblem(body.username);
  if (problem !== null) failBetterAuth(422, problem);
  if (body.password.length > MAX_PASSWORD_LENGTH) failBetterAuth(400, "PASSWORD_TOO_LONG");
  const user = findUserByUsername(call.ctx, body.username);
  if (user === undefined || !passwordMatches(call.ctx, user.id, body.password)) failBetterAuth(401, "INVALID_USERNAME_OR_PASSWORD");
  const { body: answer, ...extras } = await signedIn(call, user, body);
  return respond(call, 200, answer, extras);
});
