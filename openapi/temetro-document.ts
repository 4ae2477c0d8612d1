// temetro's bundled document, read as any profile's is (document/): its operations, matching and
// compiled validators, on which temetro's richer readings (operations.ts, validators.ts) stand.
import { readContractDocument } from "./document/contract-document.ts";
import { spec } from "./spec.ts";

export const temetroDocument = readContractDocument(spec);
