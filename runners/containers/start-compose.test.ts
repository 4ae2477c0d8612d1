import { expect, test } from "vitest";
import { findCompose, NO_COMPOSE } from "./start-compose.ts";

test("refuses --compose with the install command when no Compose binary works", () => {
  expect(() => findCompose(() => false)).toThrow(NO_COMPOSE);
  expect(findCompose((command) => command === "docker-compose")).toBe("standalone");
  expect(findCompose(() => true)).toBe("plugin");
});
