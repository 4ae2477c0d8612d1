import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { UsageError } from "../errors.ts";
import { readContainerOptions, readEnv } from "./container-options.ts";

test("returns undefined when neither --image nor --compose is given", () => {
  expect(readContainerOptions({ url: "http://localhost:4000" })).toBeUndefined();
});

test("reads --image with its env, port and postgres image", () => {
  expect(readContainerOptions({ image: "khalidxv/temetro-backend:0.17.0", env: ["BETTER_AUTH_SECRET=a=b", "TEMETRO_TEST_MAILBOX=1"], port: "8080", postgres: "postgres:16" }))
    .toEqual({ kind: "image", image: "khalidxv/temetro-backend:0.17.0", env: { BETTER_AUTH_SECRET: "a=b", TEMETRO_TEST_MAILBOX: "1" }, port: 8080, postgres: "postgres:16" });
});

test("defaults the container port to 4000", () => {
  expect(readContainerOptions({ image: "temetro" })).toMatchObject({ kind: "image", port: 4000, env: {} });
});

test("resolves --compose against the working directory", () => {
  const dir = mkdtempSync(join(tmpdir(), "temetro-options-"));
  writeFileSync(join(dir, "docker-compose.yml"), "services: {}\n");
  expect(readContainerOptions({ compose: "docker-compose.yml" }, dir)).toEqual({ kind: "compose", file: join(dir, "docker-compose.yml"), env: {}, port: 4000 });
});

test.each([
  [{ url: "http://localhost:4000", image: "temetro" }, /either --url or --image\/--compose/],
  [{ image: "temetro", compose: "x.yml" }, /either --image or --compose/],
  [{ compose: "x.yml", postgres: "postgres:16" }, /compose file's own database/],
  [{ postgres: "postgres:16" }, /--postgres: it configures a container, so it needs --image/],
  [{ env: ["A=1"] }, /--env: it configures a container/],
  [{ image: "temetro", port: "99999" }, /--port "99999"/],
  [{ image: "temetro", port: "http" }, /--port "http"/],
  [{ compose: "/nonexistent/docker-compose.yml" }, /does not exist/],
  [{ image: "temetro", env: ["FRONTEND_URL=clinic"] }, /FRONTEND_URL="clinic": it is not a URL/],
])("refuses %j with a UsageError", (values, message) => {
  expect(() => readContainerOptions(values)).toThrow(UsageError);
  expect(() => readContainerOptions(values)).toThrow(message);
});

test("refuses an --env without = or with a malformed key", () => {
  expect(() => readEnv(["BETTER_AUTH_SECRET"])).toThrow(/use KEY=VALUE/);
  expect(() => readEnv(["1X=2"])).toThrow(UsageError);
});
