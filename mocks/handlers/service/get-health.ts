// GET /health — public liveness.
import { respond } from "../../core/typed-reply.ts";
import { defineHandler } from "../define-handler.ts";

export const getHealth = defineHandler("getHealth", (call) => respond(call, 200, { status: "ok" }));
