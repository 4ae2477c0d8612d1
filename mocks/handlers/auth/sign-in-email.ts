// POST /api/auth/sign-in/email — checks the password and starts a session in one of the user's clinics.
import { failBetterAuth } from "../../core/reply.ts";
import { respond } from "../../core/typed-reply.ts";
import { findUserByEmail, passwordMatches } from "../../services/accounts.ts";
import { defineHandler } from "../define-handler.ts";
import { signedIn } from "./signed-in.ts";

export const signInEmail = defineHandler("signInEmail", async (call) => {
  const { body } = call;
  const user = findUserByEmail(call.ctx, body.email);
  if (user === undefined || !passwordMatches(call.ctx, user.id, body.password)) failBetterAuth(401, "INVALID_EMAIL_OR_PASSWORD");
  const { body: answer, ...extras } = await signedIn(call, user, body);
  return respond(call, 200, answer, extras);
});
