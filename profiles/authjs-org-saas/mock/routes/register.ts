// POST /api/auth/register: a new organization with its admin, email not verified; the verification
// email is sent and nobody is signed in. An email registered already is a 409 (AJ10).
import { MESSAGES, mailOf, slugOf } from "../../config/organization-rules.ts";
import { orgError, readBody } from "./route-kit.ts";
import type { OrgRoute } from "./route-kit.ts";

export const register: OrgRoute = {
  path: "/api/auth/register",
  async answer(request, { store, sendMail, password, frontendOrigin }) {
    const read = await readBody(request, "RegisterRequest");
    if (!read.ok) return read.answer;
    const { organizationName, firstName, lastName, email } = read.body;
    const passwordHash = await password.hash(read.body.password);
    const created = store.register({ organizationName, slug: slugOf(organizationName), firstName, lastName, email, passwordHash });
    if (created === null) return orgError(409, MESSAGES.emailTaken);
    const { user, organization } = created;
    sendMail(mailOf("verify-email", user.email, store.issueToken("verify-email", user.id), frontendOrigin));
    return Response.json(
      {
        success: true,
        message: MESSAGES.registered,
        user: { id: user.id, email: user.email, firstName: user.firstName, lastName: user.lastName },
        organization: { id: organization.id, name: organization.name, slug: organization.slug },
      },
      { status: 201 },
    );
  },
};
