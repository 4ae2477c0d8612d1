// FUZZ: generated requests to temetro's clinic routes (patients, schedule, prescriptions, tasks, staff, conversations).
import { describeFuzzChecks } from "./fuzz-checks.ts";

const CLINIC = ["/api/patients", "/api/appointments", "/api/prescriptions", "/api/tasks", "/api/staff", "/api/conversations"];

describeFuzzChecks((operation) => CLINIC.some((prefix) => operation.path.startsWith(prefix)));
