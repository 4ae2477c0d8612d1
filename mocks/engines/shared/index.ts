// What every mock engine shares, whatever library it runs: the dev outbox and its routes, CORS for
// the frontend, and the cheap mock password hash.
export { answerPreflight, withCors } from "./cors.ts";
export type { CorsPolicy } from "./cors.ts";
export { createDevOutbox } from "./dev-outbox.ts";
export type { DevOutbox, SentMail } from "./dev-outbox.ts";
export { answerDevRoute } from "./dev-routes.ts";
export { guardedFetch } from "./guarded-fetch.ts";
export type { DevRouteServices } from "./dev-routes.ts";
export { hashMockPassword, mockPasswordHash, verifyMockPassword } from "./mock-password.ts";
export type { PasswordHash } from "./mock-password.ts";
