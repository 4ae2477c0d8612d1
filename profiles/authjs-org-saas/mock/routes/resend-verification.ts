// POST /api/auth/resend-verification: a new link for a registered, unverified user; the same
// `{success: true}` whoever asks, so the route tells nobody which addresses exist (AJ12).
import { mailOf } from "../../config/organization-rules.ts";
import { readBody, success } from "./route-kit.ts";
import type { OrgRoute } from "./route-kit.ts";

export const resendVerification: OrgRoute = {
  path: "/api/auth/resend-verification",
  async answer(request, { store, sendMail, frontendOrigin }) {
    const read = await readBody(request, "EmailRequest");
    if (!read.ok) return read.answer;
    const user = store.userByEmail(read.body.email);
    if (user !== undefined && !user.emailVerified) sendMail(mailOf("verify-email", user.email, store.issueToken("verify-email", user.id), frontendOrigin));
    return success();
  },
};
