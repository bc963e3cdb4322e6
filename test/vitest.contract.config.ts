import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["contract/**/*.test.ts"],
    globalSetup: ["contract/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 90_000,
  },
});
