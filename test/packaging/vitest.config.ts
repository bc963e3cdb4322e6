import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The packaging test: packs the published packages, installs them into a scratch project outside the
// workspace and runs a consumer script on several runtimes. Slow steps are all in one beforeAll.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  test: {
    include: ["*.test.ts"],
    testTimeout: 60_000,
    // Cold machine: pnpm pack, npm install of the tarballs and of four runtimes from the registry.
    hookTimeout: 240_000,
  },
});
