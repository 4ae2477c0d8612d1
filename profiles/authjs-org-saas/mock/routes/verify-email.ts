// POST /api/auth/verify-email: the emailed token marks the email verified, once.
import { MESSAGES } from "../../config/organization-rules.ts";
import { orgError, readBody, success } from "./route-kit.ts";
import type { OrgRoute } from "./route-kit.ts";

export const verifyEmail: OrgRoute = {
  path: "/api/auth/verify-email",
  async answer(request, { store }) {
    const read = await readBody(request, "TokenRequest");
    if (!read.ok) return read.answer;
    const user = store.spendToken("verify-email", read.body.token);
    if (user === undefined) return orgError(400, MESSAGES.invalidToken);
    store.update(user.id, { emailVerified: true });
    return success();
  },
};
