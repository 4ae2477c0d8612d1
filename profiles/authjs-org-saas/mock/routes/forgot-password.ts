// POST /api/auth/forgot-password: a reset link for a registered user; `{success: true}` for any
// well-formed address (AJ12).
import { mailOf } from "../../config/organization-rules.ts";
import { readBody, success } from "./route-kit.ts";
import type { OrgRoute } from "./route-kit.ts";

export const forgotPassword: OrgRoute = {
  path: "/api/auth/forgot-password",
  async answer(request, { store, sendMail, frontendOrigin }) {
    const read = await readBody(request, "EmailRequest");
    if (!read.ok) return read.answer;
    const user = store.userByEmail(read.body.email);
    if (user !== undefined) sendMail(mailOf("reset-password", user.email, store.issueToken("reset-password", user.id), frontendOrigin));
    return success();
  },
};
