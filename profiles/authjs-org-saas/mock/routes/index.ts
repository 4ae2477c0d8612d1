// The document's own routes under /api/auth and the suite's dev clean-up, answered before Auth.js (which knows none of them).
import { devDeleteOrganization } from "./dev-delete-organization.ts";
import { forgotPassword } from "./forgot-password.ts";
import { register } from "./register.ts";
import { resendVerification } from "./resend-verification.ts";
import { resetPassword } from "./reset-password.ts";
import type { OrgRoute } from "./route-kit.ts";
import { verifyEmail } from "./verify-email.ts";

export type { OrgRoute, RouteServices } from "./route-kit.ts";

export const ORG_ROUTES: readonly OrgRoute[] = [register, verifyEmail, resendVerification, forgotPassword, resetPassword, devDeleteOrganization];
