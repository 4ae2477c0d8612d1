import { expect, test } from "vitest";
import { describeEnv } from "./start-deployment.ts";

test("masks secrets and the database password in the environment it prints", () => {
  expect(describeEnv({ DATABASE_URL: "postgres://temetro:s3cret@db:5432/temetro", BETTER_AUTH_SECRET: "x", PORT: "4000" }))
    .toBe("DATABASE_URL=postgres://temetro:***@db:5432/temetro BETTER_AUTH_SECRET=*** PORT=4000");
});
