import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const source = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));

// Tests run from source: the custom `cloudsnap-source` condition makes the package's own `#crypto`
// import map (package.json "imports") resolve to src/crypto/*.ts instead of the built dist files.
// Vitest resolves Node-environment tests through Vite's SSR resolver, hence `ssr.resolve`.
// Tests that must use only the public API import the package's own entries by name (`cloudsnap`,
// `cloudsnap/ncloud`, …): the aliases point those names at the entries' sources, not at dist/.
// The CLI tests (test/cli/) also run the built bin as a child process: the global setup builds
// dist/ first when it is older than the sources.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^cloudsnap$/, replacement: source("index.ts") },
      { find: /^cloudsnap\/(ncloud|huaweicloud|zstack)$/, replacement: source("$1.ts") },
    ],
  },
  ssr: { resolve: { conditions: ["cloudsnap-source", "node", "import", "module", "default"] } },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test/cli/support/ensure-built.ts"],
  },
});
