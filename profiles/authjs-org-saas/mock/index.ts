// temetro-contract/profiles/authjs-org-saas/mock: the profile's mock, in a process or on a port.
export { createAuthjsOrgSaasMock } from "./create-authjs-org-saas-mock.ts";
export type { AuthjsOrgSaasMock, AuthjsOrgSaasMockOptions } from "./create-authjs-org-saas-mock.ts";
export { serveAuthjsOrgSaasMock } from "./serve-authjs-org-saas-mock.ts";
export type { ServeOptions } from "./serve-authjs-org-saas-mock.ts";
