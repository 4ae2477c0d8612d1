// FUZZ: generated requests to the service routes (health, version, reset by username, dev routes).
import { describeFuzzChecks } from "./fuzz-checks.ts";

describeFuzzChecks((operation) => !operation.path.startsWith("/api/auth/") && !["/api/patients", "/api/appointments", "/api/prescriptions", "/api/tasks", "/api/staff", "/api/conversations"].some((prefix) => operation.path.startsWith(prefix)));
