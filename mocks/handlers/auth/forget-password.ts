// POST /api/auth/forget-password — not served by Better Auth 1.7 (D6): its router's empty 404.
import type { OperationHandler } from "../../core/call.ts";

export const forgetPassword: OperationHandler = () => ({ status: 404 });
