// GET /api/version — the mock reports the contract's version and knows of no newer release.
import { specInfo } from "#openapi";
import { respond } from "../../core/typed-reply.ts";
import { defineHandler } from "../define-handler.ts";

const current = specInfo.version;

export const getVersion = defineHandler("getVersion", (call) => respond(call, 200, { current, latest: null, updateAvailable: false, releaseUrl: null }));
