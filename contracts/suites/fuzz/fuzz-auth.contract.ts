// FUZZ: generated requests to Better Auth's account, session and password routes.
import { describeFuzzChecks } from "./fuzz-checks.ts";

describeFuzzChecks("auth");
