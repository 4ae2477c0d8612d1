// GET /api/version — the mock reports the contract's version and knows of no newer release.
import { spec } from "#openapi";
import { respond } from "../../core/typed-reply.ts";
import { defineHandler } from "../define-handler.ts";

const current = typeof spec.info === "object" && spec.info !== null && "version" in spec.info && typeof spec.info.version === "string" ? spec.info.version : "0.0.0";

export const getVersion = defineHandler("getVersion", (call) => respond(call, 200, { current, latest: null, updateAvailable: false, releaseUrl: null }));
