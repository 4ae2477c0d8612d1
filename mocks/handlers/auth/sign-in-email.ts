// POST /api/auth/sign-in/email — checks the password and starts a session in one of the user's clinics.
import type { OperationHandler } from "../../core/call.ts";
import { failBetterAuth } from "../../core/reply.ts";
import { findUserByEmail, passwordMatches } from "../../services/accounts.ts";
import { parseBody } from "../parse-body.ts";
import { signedIn } from "./signed-in.ts";

export const signInEmail: OperationHandler = async (call) => {
  const body = parseBody<"SignInEmailRequest">(call);
  const user = findUserByEmail(call.ctx, body.email);
  if (user === undefined || !passwordMatches(call.ctx, user.id, body.password)) failBetterAuth(401, "INVALID_EMAIL_OR_PASSWORD");
  return signedIn(call, user, body);
};
