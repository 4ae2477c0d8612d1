// FUZZ: generated requests to Better Auth's organization (clinic, member, invitation) routes.
import { describeFuzzChecks } from "./fuzz-checks.ts";

describeFuzzChecks("organization");
