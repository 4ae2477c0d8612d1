// The profile's decision log answers every citation: each AJ number cited in the profile has its
// file in ../decisions/, and the log's README lists every file.
import { join } from "node:path";
import { checkDecisionLog } from "../../../reference/testing/decision-log-checks.ts";

checkDecisionLog(join(import.meta.dirname, ".."), "AJ");
