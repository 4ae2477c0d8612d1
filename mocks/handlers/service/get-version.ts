// GET /api/version — the mock reports the contract's version and knows of no newer release.
import { spec } from "#openapi";
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";

const current = typeof spec.info === "object" && spec.info !== null && "version" in spec.info && typeof spec.info.version === "string" ? spec.info.version : "0.0.0";

export const getVersion: OperationHandler = () => json({ current, latest: null, updateAvailable: false, releaseUrl: null });
