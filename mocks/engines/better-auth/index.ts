// The better-auth engine: real Better Auth in memory behind a fetch handler. What the profiles' mocks import.
export { createBetterAuthEngine } from "./create-better-auth-engine.ts";
export type { BetterAuthEngine, BetterAuthEngineOptions, EngineExtension, EngineServices } from "./create-better-auth-engine.ts";
export type { CorsPolicy } from "../shared/cors.ts";
export type { DevOutbox, SentMail } from "../shared/dev-outbox.ts";
export { hashMockPassword, mockPasswordHash, verifyMockPassword } from "../shared/mock-password.ts";
export { ENGINE_BUNDLER_ALIAS } from "./bundler-alias.ts";
