// The reference deployments' tests (temetro's here, each profile's under profiles/<name>/reference/)
// start PostgreSQL and real Better Auth, so they sit outside the fast unit project:
//   vitest run --config reference/vitest.config.ts
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "reference",
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["reference/**/*.test.ts", "profiles/*/reference/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
