import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Browser tests: the docs site (test/docs) and the signers under WebCrypto in Chromium (test/webcrypto).
// One Chromium check for both (`scripts/ensure-chromium.mjs` runs first, from the test:docs script).
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["docs/**/*.test.ts", "webcrypto/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Each file drives its own Chromium; two at once is what a 2-core runner can take.
    maxWorkers: 2,
    // Spec pages are checked in parallel tabs of one browser; more than 3 only makes them slower.
    maxConcurrency: 3,
  },
});
