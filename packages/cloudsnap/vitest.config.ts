import { defineConfig } from "vitest/config";

// Tests run from source: the custom `cloudsnap-source` condition makes the package's own `#crypto`
// import map (package.json "imports") resolve to src/crypto/*.ts instead of the built dist files.
// Vitest resolves Node-environment tests through Vite's SSR resolver, hence `ssr.resolve`.
export default defineConfig({
  ssr: { resolve: { conditions: ["cloudsnap-source", "node", "import", "module", "default"] } },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
  },
});
