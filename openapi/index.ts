// temetro-contract/openapi: the contract as data, types and validators, for the mock, the suite and users.
export { spec, operationRulesSchema } from "./spec.ts";
export type { OperationRules, RoleMatrix, RateLimits, RateLimitRule, ErrorCodes } from "./spec.ts";
export { operations, getOperation, matchOperation, operationsAt, HTTP_METHODS } from "./operations.ts";
export type { Operation, OperationMatch, HttpMethod } from "./operations.ts";
export {
  componentValidator,
  requestBodyValidator,
  responseValidator,
  validateResponse,
  validateRequestBody,
  resolveRef,
  schemaValidator,
} from "./validators.ts";
export type { Diagnostic, ValidationResult } from "./validators.ts";
export { roleMatrix, ROLES, parseRoles, hasPermission, rolesWith } from "./role-matrix.ts";
export { rateLimits, rateLimitRuleFor, rateLimitRule, rateLimitPath } from "./rate-limits.ts";
export { errorCodes, betterAuthError, temetroError } from "./error-codes.ts";
export { realtime, roomOf, clientEventValidator, serverEventValidator } from "./realtime.ts";
export type { RealtimeRules } from "./realtime.ts";
export type { BetterAuthErrorBody, TemetroErrorBody } from "./error-codes.ts";
export type { paths, components, operations as OperationTypes } from "./generated/schema.d.ts";
