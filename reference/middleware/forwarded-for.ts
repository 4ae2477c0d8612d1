// temetro's X-Forwarded-For backfill (backend/src/index.ts), which makes Better Auth key rate limits by socket address.
import type { RequestHandler } from "express";

/** temetro's X-Forwarded-For backfill: without the header, the socket address becomes the client IP. */
export const backfillForwardedFor: RequestHandler = (req, _res, next) => {
  if (!req.headers["x-forwarded-for"] && req.socket.remoteAddress) {
    req.headers["x-forwarded-for"] = req.socket.remoteAddress;
  }
  next();
};
