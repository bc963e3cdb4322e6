import { defineConfig } from "vitest/config";

// `pnpm --filter @cloudsnap/test test:regeneration`: the spec-change flow in a temporary git repository.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
