// SERVICE: the public liveness and version routes (contract decisions D8, D16).
import { describe, expect } from "vitest";
import { bodyOf } from "#contracts/expect-contract";
import { check } from "#contracts/harness";

describe("GET /health", () => {
  check("SERVICE-HEALTH-OK", 'answers 200 {"status":"ok"} without a session', async ({ actor }) => {
    const body = bodyOf(await actor("visitor").request("/health"), "getHealth", 200);
    expect(body).toEqual({ status: "ok" });
  });
});

describe("GET /api/version", () => {
  check("SERVICE-VERSION-SHAPE", "answers {current, latest, updateAvailable, releaseUrl} without a session (D8)", async ({ actor }) => {
    const body = bodyOf(await actor("visitor").request("/api/version"), "getVersion", 200);
    expect(Object.keys(body).sort()).toEqual(["current", "latest", "releaseUrl", "updateAvailable"]);
  });
});
