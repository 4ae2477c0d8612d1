// The bundled contract (openapi/generated/openapi.json), parsed once into the few shapes the
// project reads: operations with their rules, and the embedded rule tables.
import { z } from "zod";
import bundled from "./generated/openapi.json" with { type: "json" };
import type { BetterAuthErrorCode } from "./generated/error-codes.ts";

const permissionPattern = /^[a-z]+:[a-z]+$/;

/** A code of Better Auth's table, as the operations' rules name it. */
const betterAuthCodeSchema = z.custom<BetterAuthErrorCode>(
  (value) => typeof value === "string" && Object.hasOwn(bundled["x-error-codes"].betterAuth, value),
  { message: "not a code of x-error-codes.betterAuth" },
);

/** The x-rules extension every operation carries (see the spec's description). */
export const operationRulesSchema = z.object({
  session: z.enum(["required", "optional", "none"]),
  cookieCache: z.literal(false).optional(),
  activeClinic: z.enum(["required", "fallback"]).optional(),
  permission: z.string().regex(permissionPattern).optional(),
  denied: z.object({ status: z.number().int(), code: betterAuthCodeSchema }).optional(),
  rateLimit: z.string().optional(),
  originCheck: z.union([z.boolean(), z.literal("first-login")]).optional(),
  devOnly: z.boolean().optional(),
});

const roleMatrixSchema = z.object({
  statements: z.record(z.string(), z.array(z.string())),
  roles: z.record(z.string(), z.record(z.string(), z.array(z.string()))),
  provisionableRoles: z.array(z.string()),
});

const rateLimitsSchema = z.object({
  appliesTo: z.string(),
  key: z.array(z.string()),
  clientIpHeaders: z.array(z.string()),
  blocked: z.object({ status: z.number().int(), header: z.string(), message: z.string() }),
  rules: z.array(
    z.object({
      id: z.string(),
      match: z.object({
        exact: z.string().optional(),
        prefix: z.array(z.string()).optional(),
        any: z.boolean().optional(),
      }),
      window: z.number().int().positive(),
      max: z.number().int().positive(),
      source: z.string(),
    }),
  ),
});

const temetroEntrySchema = z.object({ status: z.number().int(), error: z.string() });

const errorCodesSchema = z.object({
  betterAuth: z.record(z.string(), z.string()),
  temetro: z.record(z.string(), temetroEntrySchema),
  temetroRoutes: z.record(z.string(), temetroEntrySchema),
});

const specSchema = z.looseObject({
  openapi: z.string(),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()) }),
  "x-role-matrix": roleMatrixSchema,
  "x-rate-limits": rateLimitsSchema,
  "x-error-codes": errorCodesSchema,
});

export type OperationRules = z.infer<typeof operationRulesSchema>;
export type RoleMatrix = z.infer<typeof roleMatrixSchema>;
export type RateLimits = z.infer<typeof rateLimitsSchema>;
export type RateLimitRule = RateLimits["rules"][number];
export type ErrorCodes = z.infer<typeof errorCodesSchema>;

/** The whole bundled document, with its rule tables checked. */
export const spec = specSchema.parse(bundled);
