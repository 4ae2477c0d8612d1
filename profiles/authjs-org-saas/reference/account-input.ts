// The request bodies of the document's own routes, with the lengths the document gives (seed 002).
// The reference is an implementation, not the contract: it states its own rules, as an app would.
import { z } from "zod";

const email = z.email();
const password = z.string().min(6).max(100);

export const registerInput = z.object({
  organizationName: z.string().min(2).max(255),
  firstName: z.string().min(1).max(100),
  lastName: z.string().min(1).max(100),
  email,
  password,
});

export const tokenInput = z.object({ token: z.string().min(1) });
export const emailInput = z.object({ email });
export const resetPasswordInput = z.object({ token: z.string().min(1), password });
