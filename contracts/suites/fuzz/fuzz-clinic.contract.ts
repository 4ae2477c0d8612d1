// FUZZ: generated requests to temetro's clinic routes (patients, schedule, prescriptions, tasks, staff, conversations).
import { describeFuzzChecks } from "./fuzz-checks.ts";

describeFuzzChecks("clinic");
