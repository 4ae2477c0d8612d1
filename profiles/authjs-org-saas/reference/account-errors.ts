// The error family of the document's own routes (register, verify-email, ...): one table of
// codes, each answered as `{success: false, error, details?}` (AJ09); only the unexpected is a 500.
import type { ErrorRequestHandler } from "express";
import { ZodError } from "zod";

export const ACCOUNT_ERRORS = {
  VALIDATION_FAILED: { status: 400, error: "Validation failed" },
  EMAIL_TAKEN: { status: 409, error: "Email already registered" },
  INVALID_TOKEN: { status: 400, error: "Invalid or expired token" },
  PAYLOAD_TOO_LARGE: { status: 413, error: "Payload too large" },
  INTERNAL_ERROR: { status: 500, error: "Internal server error" },
} as const;

export type AccountErrorCode = keyof typeof ACCOUNT_ERRORS;

/** Which field failed and why; `(root)` when the body itself is wrong (not JSON, not an object). */
export type ValidationDetail = { path: string; message: string };

/** A refusal with one of the table's codes. */
export class AccountError extends Error {
  readonly code: AccountErrorCode;
  readonly details: ValidationDetail[] | undefined;
  constructor(code: AccountErrorCode, details?: ValidationDetail[]) {
    super(ACCOUNT_ERRORS[code].error);
    this.name = "AccountError";
    this.code = code;
    this.details = details;
  }
}

type BodyParserError = Error & { type: string; status: number };
const isBodyParserError = (error: unknown): error is BodyParserError =>
  error instanceof Error && "type" in error && typeof error.type === "string" && "status" in error && typeof error.status === "number";

const ROOT = "(root)";

function toAccountError(error: unknown): AccountError {
  if (error instanceof AccountError) return error;
  if (error instanceof ZodError) {
    return new AccountError("VALIDATION_FAILED", error.issues.map((issue) => ({ path: issue.path.join(".") || ROOT, message: issue.message })));
  }
  if (isBodyParserError(error) && error.type === "entity.too.large") return new AccountError("PAYLOAD_TOO_LARGE");
  if (isBodyParserError(error) && error.status === 400) return new AccountError("VALIDATION_FAILED", [{ path: ROOT, message: "The body is not valid JSON." }]);
  return new AccountError("INTERNAL_ERROR");
}

/** Answer any error of the document's routes from the table; log what was not expected. */
export function accountErrorHandler(log: (line: string) => void): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const answer = toAccountError(error);
    if (answer.code === "INTERNAL_ERROR") log(`[reference] ${req.method} ${req.originalUrl} failed: ${error instanceof Error ? error.stack : String(error)}`);
    res.status(ACCOUNT_ERRORS[answer.code].status).json({ success: false, error: answer.message, ...(answer.details ? { details: answer.details } : {}) });
  };
}
