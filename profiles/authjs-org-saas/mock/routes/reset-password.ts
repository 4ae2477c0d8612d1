// POST /api/auth/reset-password: the emailed token sets a new password (6–100 characters), once.
// A JWT session issued before stays valid until it expires (AJ08).
import { MESSAGES } from "../../config/organization-rules.ts";
import { orgError, readBody, success } from "./route-kit.ts";
import type { OrgRoute } from "./route-kit.ts";

export const resetPassword: OrgRoute = {
  path: "/api/auth/reset-password",
  async answer(request, { store, password }) {
    const read = await readBody(request, "ResetPasswordRequest");
    if (!read.ok) return read.answer;
    const passwordHash = await password.hash(read.body.password);
    const user = store.spendToken("reset-password", read.body.token);
    if (user === undefined) return orgError(400, MESSAGES.invalidToken);
    store.update(user.id, { passwordHash });
    return success();
  },
};
