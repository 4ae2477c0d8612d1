// PATIENTS: tenant isolation, generated from the spec's operations: a record of one clinic is 404
// from another for every operation that takes its file number, and no list shows it.
import { describeIsolation } from "#contracts/grids/clinic-record-isolation";

describeIsolation("Patients", "PATIENTS");
