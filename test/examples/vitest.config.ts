import { defineConfig } from "vitest/config";

// `pnpm --filter @cloudsnap/test test:examples`: every example in examples/ against Prism mocks.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
