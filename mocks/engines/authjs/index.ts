// The Auth.js engine: real `@auth/core` in memory behind a fetch handler. What the profiles' mocks import.
export { createAuthjsEngine } from "./create-authjs-engine.ts";
export type { AppRoute, AuthjsApp, AuthjsEngine, AuthjsEngineOptions, AuthjsEngineServices } from "./create-authjs-engine.ts";
export type { CorsPolicy, DevOutbox, SentMail } from "../shared/index.ts";
