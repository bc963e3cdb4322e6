import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The fault-injection suite: the facade against a misbehaving server on 127.0.0.1 (no other network).
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["faults/**/*.test.ts"],
    globalSetup: ["faults/support/global-setup.ts"],
    // A backstop only: each case asserts its own, much smaller, settle bound.
    testTimeout: 45_000,
    hookTimeout: 45_000,
  },
});
