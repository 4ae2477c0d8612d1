// GET /health — public liveness.
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";

export const getHealth: OperationHandler = () => json({ status: "ok" });
