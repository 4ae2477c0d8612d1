// temetro's error JSON (backend/src/middleware/error.ts), with contract decision D11 for unreadable
// bodies and D37 for a path parameter that does not decode.
import type { ErrorRequestHandler, RequestHandler } from "express";
import { ZodError } from "zod";

/** An error with an HTTP status whose message is safe to show: answered as `{error: message}`. */
export class HttpError extends Error {
  status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = "HttpError";
    this.status = status;
  }
}

/** No route matched. */
export const notFound: RequestHandler = (_req, res) => {
  res.status(404).json({ error: "Not found" });
};

type BodyParserError = Error & { type: string; status: number };

function isBodyParserError(error: unknown): error is BodyParserError {
  return error instanceof Error && typeof (error as Partial<BodyParserError>).type === "string"
    && typeof (error as Partial<BodyParserError>).status === "number";
}

/** Map a thrown error to temetro's `{error, details?}` family; only the unexpected is a 500. */
export const errorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  if (error instanceof HttpError) {
    res.status(error.status).json({ error: error.message });
  } else if (error instanceof URIError) {
    // Express could not decode a route parameter (`/api/patients/%zz`): temetro answers 500; the contract (D37) says 400.
    res.status(400).json({ error: "Malformed URL." });
  } else if (error instanceof ZodError) {
    res.status(400).json({ error: "Validation failed", details: error.issues });
  } else if (isBodyParserError(error) && error.type === "entity.parse.failed") {
    // temetro answers 500 here; the contract (D11) says invalid input is a 400.
    res.status(400).json({
      error: "Validation failed",
      details: [{ code: "invalid_json", path: [], message: "Malformed JSON body." }],
    });
  } else if (isBodyParserError(error) && error.type === "entity.too.large") {
    res.status(413).json({ error: "Request body is too large." });
  } else if (isBodyParserError(error) && error.status >= 400 && error.status < 500) {
    // Other unreadable bodies (unsupported charset or encoding): still the client's fault, never a 500.
    res.status(error.status).json({ error: "Request body could not be read." });
  } else {
    console.error("[error]", error);
    res.status(500).json({ error: "Internal server error" });
  }
};
