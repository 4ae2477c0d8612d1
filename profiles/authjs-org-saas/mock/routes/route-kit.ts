// What the document's routes share: reading a JSON body against its schema in the profile's spec,
// and the two answer families, `{success: true}` and `{success: false, error, details?}` (AJ09).
import { diagnose } from "#openapi/document/contract-document";
import type { Diagnostic } from "#openapi";
import type { PasswordHash } from "#mocks/engines/shared/index";
import { authjsOrgSaasDocument } from "../../openapi/contract.ts";
import type { components } from "../../openapi/contract.ts";
import { MESSAGES } from "../../config/organization-rules.ts";
import type { OrgMail } from "../../config/organization-rules.ts";
import type { OrgStore } from "../org-store.ts";

type Schemas = components["schemas"];

/** What a route works with: the store, the outbox, the password hash and where emailed links point. */
export type RouteServices = { store: OrgStore; sendMail(mail: OrgMail): void; password: PasswordHash; frontendOrigin: string };

/** One of the app's routes, answered before Auth.js sees the request: a POST unless `method` says otherwise; `path` is a template (`{id}`). */
export type OrgRoute = { method?: string; path: string; answer(request: Request, services: RouteServices, params: Record<string, string>): Promise<Response> };

export const success = (status = 200) => Response.json({ success: true }, { status });

/** The error answer of the document's routes. */
export function orgError(status: number, error: string, details?: Diagnostic[]): Response {
  return Response.json({ success: false, error, ...(details === undefined ? {} : { details }) }, { status });
}

export type BodyRead<T> = { ok: true; body: T } | { ok: false; answer: Response };

/** The body as the named request schema describes it, or the 400 naming every problem (malformed JSON included). */
export async function readBody<N extends keyof Schemas>(request: Request, schema: N): Promise<BodyRead<Schemas[N]>> {
  let value: unknown;
  try {
    value = JSON.parse(await request.text());
  } catch {
    return { ok: false, answer: orgError(400, MESSAGES.validationFailed, [{ path: "(root)", message: "The body is not JSON." }]) };
  }
  const validator = authjsOrgSaasDocument.componentValidator(schema);
  const isBody = (candidate: unknown): candidate is Schemas[N] => validator.safeParse(candidate).success;
  if (isBody(value)) return { ok: true, body: value };
  const result = diagnose(validator, value);
  return { ok: false, answer: orgError(400, MESSAGES.validationFailed, result.ok ? [] : result.diagnostics) };
}
