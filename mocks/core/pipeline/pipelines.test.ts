// Each family's stages in the order its real server applies them: reordering a list fails here.
import { expect, test } from "vitest";
import { betterAuthPipeline, pipelines, temetroPipeline } from "./pipelines.ts";

const namesOf = (stages: ReadonlyArray<{ name: string }>) => stages.map((stage) => stage.name);

test("lists Better Auth's stages: rate limit, body, origin, username hooks, schema, first login, session, route checks, database text", () => {
  expect(namesOf(betterAuthPipeline)).toEqual(["rate-limit", "read-body", "origin-check", "username-hooks", "validate-body", "first-login", "session", "route-checks", "database-text"]);
});

test("lists temetro's stages: body, router guards, parameters decoded (D37), permission, schema", () => {
  expect(namesOf(temetroPipeline)).toEqual(["read-body", "router-guards", "decode-params", "permission", "validate-body"]);
});

test("answers each family with its own list", () => {
  expect(pipelines["better-auth"]).toBe(betterAuthPipeline);
  expect(pipelines.temetro).toBe(temetroPipeline);
});
