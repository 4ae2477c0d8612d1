// Properties of the named schemas others read a rule from: length bounds temetro checks after
// trimming, and the credential rules (username and password lengths) written once in the spec.
import { isRecord } from "./is-record.ts";
import { resolveSchema } from "./resolve-ref.ts";
import { spec } from "./spec.ts";

export type LengthBounds = { minLength?: number; maxLength?: number };

/** A property of a named schema with its `$ref` followed; throws for one the spec does not have. */
export function schemaProperty(schemaName: string, property: string): Record<string, unknown> {
  const properties = resolveSchema(spec.components.schemas[schemaName]).properties;
  const node = isRecord(properties) ? properties[property] : undefined;
  if (node === undefined) throw new Error(`Failed to read ${schemaName}.${property}: the spec has no such property. Fix the caller or openapi/components/schemas/.`);
  return resolveSchema(node);
}

/** A string property's minLength and maxLength, where the spec sets them. */
export function lengthBounds(schemaName: string, property: string): LengthBounds {
  const node = schemaProperty(schemaName, property);
  return {
    ...(typeof node.minLength === "number" ? { minLength: node.minLength } : {}),
    ...(typeof node.maxLength === "number" ? { maxLength: node.maxLength } : {}),
  };
}

export type CredentialRules = {
  username: { minLength: number; maxLength: number; pattern: RegExp };
  password: { minLength: number; maxLength: number };
};

function readCredentialRules(): CredentialRules {
  const username = schemaProperty("SignUpEmailRequest", "username");
  const password = lengthBounds("SignUpEmailRequest", "password");
  if (typeof username.minLength !== "number" || typeof username.maxLength !== "number" || typeof username.pattern !== "string") {
    throw new Error("Failed to read the username rules: SignUpEmailRequest.username needs minLength, maxLength and pattern. Fix openapi/components/schemas/auth.yaml.");
  }
  if (password.minLength === undefined || password.maxLength === undefined) {
    throw new Error("Failed to read the password rules: SignUpEmailRequest.password needs minLength and maxLength. Fix openapi/components/schemas/auth.yaml.");
  }
  return {
    username: { minLength: username.minLength, maxLength: username.maxLength, pattern: new RegExp(username.pattern) },
    password: { minLength: password.minLength, maxLength: password.maxLength },
  };
}

/** temetro's credential rules (usernames 3–32 of [a-zA-Z0-9_.], passwords 12–256), from SignUpEmailRequest. */
export const credentialRules: CredentialRules = readCredentialRules();
