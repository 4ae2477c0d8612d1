// temetro's CORS (the `cors` package with an isAllowedOrigin callback and credentials), written out.
import type { RequestHandler } from "express";

/**
 * CORS with credentials for allowed origins. A request with no Origin passes untouched; a
 * disallowed origin gets no CORS headers at all and goes on to the routes (it is not refused).
 */
export function cors(isAllowed: (origin: string) => boolean): RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin !== undefined && !isAllowed(origin)) return next();
    if (origin) res.setHeader("Access-Control-Allow-Origin", origin);
    res.vary("Origin");
    res.setHeader("Access-Control-Allow-Credentials", "true");
    if (req.method !== "OPTIONS") return next();
    // Preflight: the cors package's defaults (reflected request headers, 204 with Content-Length 0).
    res.setHeader("Access-Control-Allow-Methods", "GET,HEAD,PUT,PATCH,POST,DELETE");
    res.vary("Access-Control-Request-Headers");
    const requested = req.headers["access-control-request-headers"];
    if (requested) res.setHeader("Access-Control-Allow-Headers", requested);
    res.status(204).setHeader("Content-Length", "0");
    res.end();
  };
}
