import { defineConfig } from "vitest/config";

// Projects: the unit tests beside the code, and the contract suite against each target npm test runs.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["openapi/**/*.test.ts", "mocks/**/*.test.ts", "runners/**/*.test.ts", "contracts/**/*.test.ts"],
          exclude: ["**/node_modules/**", "contracts/suites/**"],
        },
      },
    ],
  },
});
