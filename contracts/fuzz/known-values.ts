// Which real values of the world a generated request may use in place of a random one, by the
// name of the property, path parameter or query parameter; and the namespaced values that keep
// what a run creates recognisable (t-*@example.test e-mails, contract-* clinics).
import fc from "fast-check";
import type { Operation } from "#openapi";
import { schemaArbitrary } from "./schema-arbitrary.ts";
import type { SchemaArbitraryOptions } from "./schema-arbitrary.ts";
import type { KnownKind, KnownValues } from "./fuzz-world.ts";

const BODY_PROPERTIES: Record<string, KnownKind[]> = {
  organizationId: ["organizationId"],
  memberId: ["memberId"],
  memberIdOrEmail: ["memberId", "email"],
  invitationId: ["invitationId"],
  userId: ["userId"],
  providerId: ["userId"],
  primaryProviderId: ["userId"],
  assigneeUserId: ["userId"],
  email: ["email"],
  username: ["username"],
  fileNumber: ["fileNumber"],
  patient: ["fileNumber"],
  currentPassword: ["password"],
  organizationSlug: ["slug"],
};

const PATH_PARAMETERS: Record<string, KnownKind> = {
  "/api/patients/{fileNumber}": "fileNumber",
  "/api/appointments/{id}": "appointmentId",
  "/api/prescriptions/{id}": "prescriptionId",
  "/api/tasks/{id}": "taskId",
  "/api/staff/{userId}": "userId",
  "/api/conversations/attachments/{id}": "attachmentId",
  "/api/conversations/{id}": "conversationId",
};

const QUERY_PARAMETERS: Record<string, KnownKind> = { organizationId: "organizationId", organizationSlug: "slug", id: "invitationId", to: "email" };

/** A namespaced e-mail nobody has yet: t-fz…@example.test. */
export const freshEmail: fc.Arbitrary<string> = fc.stringMatching(/^[a-z0-9]{8}$/).map((tag) => `t-fz${tag}@example.test`);
/** A namespaced clinic slug and name. */
const clinicSlug = fc.stringMatching(/^[a-z0-9]{6}$/).map((tag) => `contract-fz-${tag}`);
const clinicName = fc.string({ maxLength: 20 }).map((text) => `contract-fz ${text}`);

function knownOf(known: KnownValues, kinds: KnownKind[]): string[] {
  return kinds.flatMap((kind) => known[kind]);
}

/** Known values first-class beside random ones: about half the time a real value. */
function mixed(random: fc.Arbitrary<unknown>, values: string[]): fc.Arbitrary<unknown> {
  return values.length === 0 ? random : fc.oneof(random, fc.constantFrom(...values));
}

/** The generation options of an operation's body: known ids by property name, namespaced e-mails and clinics. */
export function bodyOptions(operation: Operation, known: KnownValues): SchemaArbitraryOptions {
  const email = fc.oneof(freshEmail, fc.constantFrom(...known.email));
  const options: SchemaArbitraryOptions = {
    email,
    override(name, schema) {
      const clinicWrite = operation.operationId === "createOrganization" || operation.operationId === "updateOrganization";
      if (clinicWrite && name === "slug") return clinicSlug;
      if (clinicWrite && name === "name") return clinicName;
      if (name === "slug") return mixed(clinicSlug, known.slug);
      // A real password deletes its owner (delete-user): only change-password gets the real ones.
      if (name === "password" && operation.operationId === "deleteUser") return undefined;
      if (name === "password" && (operation.operationId === "signInEmail" || operation.operationId === "signInUsername")) {
        return mixed(schemaArbitrary(schema), known.password);
      }
      if (name === "participantIds") return fc.oneof(schemaArbitrary(schema), fc.subarray(known.userId, { maxLength: 3 }));
      if (name === "email" && schema.format === undefined) return mixed(freshEmail, known.email);
      const kinds = BODY_PROPERTIES[name];
      return kinds === undefined ? undefined : mixed(schemaArbitrary(schema, options), knownOf(known, kinds));
    },
  };
  return options;
}

/** A path parameter's random value: any text, a uuid or a number. */
const randomPathValue = fc.oneof(fc.string({ minLength: 1, maxLength: 24 }), fc.uuid(), fc.stringMatching(/^[0-9]{1,8}$/));

/** The arbitrary of one path parameter's value (not yet encoded). */
export function pathParameterArbitrary(operation: Operation, name: string, known: KnownValues): fc.Arbitrary<string> {
  const template = Object.keys(PATH_PARAMETERS).find((prefix) => operation.path.startsWith(prefix) && prefix.endsWith(`{${name}}`));
  const values = template === undefined ? [] : known[PATH_PARAMETERS[template] ?? "fileNumber"];
  return values.length === 0 ? randomPathValue : fc.oneof(randomPathValue, fc.constantFrom(...values));
}

/** The arbitrary of one query parameter's value, as text. */
export function queryParameterArbitrary(name: string, schema: unknown, known: KnownValues): fc.Arbitrary<string> {
  const random = schemaArbitrary(schema, { email: freshEmail }).map((value) => (typeof value === "string" ? value : JSON.stringify(value)));
  const kind = QUERY_PARAMETERS[name];
  return kind === undefined || known[kind].length === 0 ? random : fc.oneof(random, fc.constantFrom(...known[kind]));
}
