// POST /api/auth/sign-in/username — how admin-provisioned staff sign in; the username is case-insensitive.
import type { OperationHandler } from "../../core/call.ts";
import { failBetterAuth } from "../../core/reply.ts";
import { findUserByUsername, passwordMatches } from "../../services/accounts.ts";
import { parseBody } from "../parse-body.ts";
import { signedIn } from "./signed-in.ts";

export const signInUsername: OperationHandler = async (call) => {
  const body = parseBody<"SignInUsernameRequest">(call);
  const user = findUserByUsername(call.ctx, body.username);
  if (user === undefined || !passwordMatches(call.ctx, user.id, body.password)) failBetterAuth(401, "INVALID_USERNAME_OR_PASSWORD");
  return signedIn(call, user, body);
};
