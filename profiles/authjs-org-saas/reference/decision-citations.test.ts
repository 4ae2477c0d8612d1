// The profile's decision log answers every citation: each AJ number cited in the profile has its
// file in ../decisions/, and the log's README lists every file.
import { join } from "node:path";
import { testDecisionCitations } from "../../../reference/testing/decision-citations.ts";

testDecisionCitations(join(import.meta.dirname, ".."), "AJ");
