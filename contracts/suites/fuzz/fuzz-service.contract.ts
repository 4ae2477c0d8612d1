// FUZZ: generated requests to the service routes (health, version, reset by username, dev routes).
import { describeFuzzChecks } from "./fuzz-checks.ts";

describeFuzzChecks("service");
