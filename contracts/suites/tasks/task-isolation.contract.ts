// TASKS: tenant isolation, generated from the spec's operations: what belongs to one clinic is not
// found from another for every operation that takes its id, and no list shows it.
import { describeIsolation } from "#contracts/grids/communication-isolation";

describeIsolation("Tasks", "TASKS");
