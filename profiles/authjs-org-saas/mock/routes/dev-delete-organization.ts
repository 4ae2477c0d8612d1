// DELETE /__dev/organizations/{id}: the suite's clean-up (AJ15), served by the mock and by the
// reference with its test switch on: the organization, its users and their tokens go.
import { orgError } from "./route-kit.ts";
import type { OrgRoute } from "./route-kit.ts";

export const devDeleteOrganization: OrgRoute = {
  method: "DELETE",
  path: "/__dev/organizations/{id}",
  async answer(_request, { store }, { id = "" }) {
    return store.deleteOrganization(id) ? new Response(null, { status: 204 }) : orgError(404, "Not found");
  },
};
