// GET /api/version — the mock reports the contract's version and knows of no newer release.
import { specInfo } from "#openapi";
import type { OperationHandler } from "../../core/call.ts";
import { json } from "../../core/reply.ts";

const current = specInfo.version;

export const getVersion: OperationHandler = () => json({ current, latest: null, updateAvailable: false, releaseUrl: null });
