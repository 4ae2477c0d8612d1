// The better-auth engine: real Better Auth in memory behind a fetch handler. What the profiles' mocks import.
export { createBetterAuthEngine } from "./create-better-auth-engine.ts";
export type { BetterAuthEngine, BetterAuthEngineOptions, EngineExtension, EngineServices } from "./create-better-auth-engine.ts";
export type { CorsPolicy } from "./cors.ts";
export type { DevOutbox, SentMail } from "./dev-outbox.ts";
export { hashMockPassword, mockPasswordHash, verifyMockPassword } from "./mock-password.ts";
export { ENGINE_BUNDLER_ALIAS } from "./bundler-alias.ts";
