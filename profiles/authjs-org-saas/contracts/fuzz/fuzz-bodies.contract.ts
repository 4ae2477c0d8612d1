// FUZZ: generated bodies for the document's own routes, from their request schemas in the profile's
// spec (the shared fuzz arbitraries): bodies the schema refuses — wrong types, missing fields, lengths
// and emails outside the rules, malformed JSON — are each a 400 with details, never a 5xx; valid ones
// get an answer the route declares (every answer is checked against the spec by the harness).
// Valid registrations are left to the REGISTER checks: each would create an organization.
import fc from "fast-check";
import { describe, expect } from "vitest";
import { check } from "#contracts/harness";
import { invalidBodyArbitrary } from "#contracts/fuzz/invalid-arbitrary";
import { schemaArbitrary } from "#contracts/fuzz/schema-arbitrary";
import { isRecord } from "#openapi";
import { jsonSchemaOf } from "#openapi/document/contract-document";
import type { Actor } from "#targets/target";
import { authjsOrgSaasDocument } from "#profiles/authjs-org-saas/openapi/contract";

const CASES = 25;
const SEED = 20_261_207;
const ROUTES = ["register", "verifyEmail", "resendVerification", "forgotPassword", "resetPassword"] as const;

/** The schema with every `$ref` replaced by what it points at (the fuzz arbitraries resolve refs in temetro's document only). */
function inlined(value: unknown): unknown {
  const resolved = authjsOrgSaasDocument.resolveRef(value);
  if (Array.isArray(resolved)) return resolved.map(inlined);
  if (!isRecord(resolved)) return resolved;
  return Object.fromEntries(Object.entries(resolved).map(([key, inner]) => [key, inlined(inner)]));
}

function requestSchemaOf(operationId: string): unknown {
  return inlined(jsonSchemaOf(authjsOrgSaasDocument.resolveRef(authjsOrgSaasDocument.getOperation(operationId).raw.requestBody)));
}

async function send(client: Actor, path: string, body: { json: unknown } | { raw: string }) {
  return "raw" in body ? client.request(path, { method: "POST", body: body.raw }) : client.request(path, { method: "POST", json: body.json });
}

for (const operationId of ROUTES) {
  const operation = authjsOrgSaasDocument.getOperation(operationId);
  const schema = requestSchemaOf(operationId);
  const validator = authjsOrgSaasDocument.schemaValidator(`${operationId}:request`, schema);
  const id = `FUZZ-${operationId.replace(/[A-Z]/g, (letter) => `-${letter}`).toUpperCase()}-BODIES`;

  describe(`POST ${operation.path}`, () => {
    check(id, `answers ${CASES} bodies its schema refuses with 400 and details${operationId === "register" ? "" : `, and ${CASES} valid ones as it declares`}, never a 5xx`, async ({ actor }) => {
      const client = actor("fuzzer");
      await fc.assert(fc.asyncProperty(invalidBodyArbitrary(schema, validator), async (body) => {
        const exchange = await send(client, operation.path, body);
        expect(exchange.status, `${body.fault}: ${exchange.text.slice(0, 200)}`).toBe(400);
        expect(isRecord(exchange.body) && exchange.body.success === false && Array.isArray(exchange.body.details), `${body.fault}: {success: false, details}`).toBe(true);
      }), { numRuns: CASES, seed: SEED });
      if (operationId === "register") return;
      await fc.assert(fc.asyncProperty(schemaArbitrary(schema), async (json) => {
        const exchange = await send(client, operation.path, { json });
        expect(operation.statuses, `${JSON.stringify(json)} → ${exchange.status}`).toContain(String(exchange.status));
      }), { numRuns: CASES, seed: SEED });
    });
  });
}
