// The profile's bundled document, read into operations and validators (openapi/document).
import { readContractDocument } from "#openapi";
import bundled from "./generated/openapi.json" with { type: "json" };

export const authjsOrgSaasDocument = readContractDocument(bundled);
export type { paths, components, operations as AuthjsOrgSaasOperations } from "./generated/schema.d.ts";
