// POST /api/auth/forget-password — not served by Better Auth 1.7 (D6): its router's empty 404.
import { respondEmpty } from "../../core/typed-reply.ts";
import { defineHandler } from "../define-handler.ts";

export const forgetPassword = defineHandler("forgetPassword", (call) => respondEmpty(call, 404));
