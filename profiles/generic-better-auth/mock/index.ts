// temetro-contract/profiles/generic-better-auth/mock: the profile's mock, in a process or on a port.
export { createGenericBetterAuthMock } from "./create-generic-better-auth-mock.ts";
export type { GenericBetterAuthMock, GenericBetterAuthMockOptions } from "./create-generic-better-auth-mock.ts";
export { serveGenericBetterAuthMock } from "./serve-generic-better-auth-mock.ts";
export type { ServeOptions } from "./serve-generic-better-auth-mock.ts";
