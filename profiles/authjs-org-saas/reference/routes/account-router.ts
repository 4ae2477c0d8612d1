// The document's own routes under /api/auth, each with a JSON body; they sit before Auth.js,
// which answers everything else under /api/auth (its own 400 "Bad request." for what it does not know).
import express, { Router } from "express";
import { accountErrorHandler } from "../account-errors.ts";
import type { AccountRouteContext } from "./account-route-context.ts";
import { forgotPassword } from "./forgot-password.ts";
import { register } from "./register.ts";
import { resendVerification } from "./resend-verification.ts";
import { resetPassword } from "./reset-password.ts";
import { verifyEmail } from "./verify-email.ts";

export function accountRouter(context: AccountRouteContext, log: (line: string) => void): Router {
  const router = Router();
  // The parser runs only on these routes: Auth.js reads the bodies of its own routes itself.
  const json = express.json();
  router.post("/register", json, register(context));
  router.post("/verify-email", json, verifyEmail(context));
  router.post("/forgot-password", json, forgotPassword(context));
  router.post("/reset-password", json, resetPassword(context));
  router.post("/resend-verification", json, resendVerification(context));
  router.use(accountErrorHandler(log));
  return router;
}
