import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The bulk proofs: snapshotMany in child processes (the built package) against the loopback fake
// cloud of support/fake-cloud.ts. One file at a time: each measures rates or memory, and must not
// share the machine with the others.
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["bulk/**/*.test.ts"],
    fileParallelism: false,
    // Backstops only: each proof bounds its own children far below these.
    testTimeout: 240_000,
    hookTimeout: 30_000,
  },
});
