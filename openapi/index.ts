// temetro-contract/openapi: the contract as data, types and validators, for the mock, the suite and users.
export { spec, operationRulesSchema } from "./spec.ts";
export type { OperationRules, RoleMatrix, RateLimits, RateLimitRule, ErrorCodes } from "./spec.ts";
export { operations, getOperation, matchOperation, operationsAt, HTTP_METHODS } from "./operations.ts";
export type { Operation, OperationMatch, HttpMethod } from "./operations.ts";
export { fillNotificationText } from "./operation-details.ts";
export type { NotificationRule, ParameterSpec, RequestBodySpec, ResponseSpec, RouteCheck } from "./operation-details.ts";
export { specInfo, specTags, securitySchemes, componentSchemas } from "./spec-info.ts";
export { schemaProperty, lengthBounds, credentialRules } from "./schema-properties.ts";
export type { LengthBounds, CredentialRules } from "./schema-properties.ts";
export {
  componentValidator,
  requestBodyValidator,
  responseValidator,
  validateResponse,
  validateRequestBody,
  resolveRef,
  schemaValidator,
  temetroDocument,
} from "./validators.ts";
export { readContractDocument } from "./document/contract-document.ts";
export { valueAt } from "./document/json-pointer.ts";
export type { LeavesBehind } from "./document/leaves-behind.ts";
export type { ContractDocument, DocumentOperation } from "./document/contract-document.ts";
export type { Diagnostic, ValidationResult } from "./validators.ts";
export { roleMatrix, ROLES, parseRoles, hasPermission, rolesWith } from "./role-matrix.ts";
export { rateLimits, rateLimitRuleFor, rateLimitRule, rateLimitPath } from "./rate-limits.ts";
export { errorCodes, betterAuthError, temetroError, temetroMessage, temetroRouteError, isBetterAuthErrorCode } from "./error-codes.ts";
export type { BetterAuthErrorCode, TemetroErrorKey, TemetroRouteKey, PlainTemetroRouteKey, TemetroMessageValues } from "./error-codes.ts";
export { isRecord } from "./is-record.ts";
export { realtime, roomOf, clientEventValidator, serverEventValidator } from "./realtime.ts";
export type { RealtimeRules } from "./realtime.ts";
export type { BetterAuthErrorBody, TemetroErrorBody } from "./error-codes.ts";
export type { paths, components, operations as OperationTypes } from "./generated/schema.d.ts";
