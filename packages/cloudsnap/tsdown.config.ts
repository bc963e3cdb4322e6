import { cjsRequireInterop } from "@cloudsnap/build-tools/cjs-require-interop";
import { defineConfig } from "tsdown";

export default defineConfig({
  // One entry per public export, plus the ports picked by the package's conditional `imports`
  // (`#crypto`, `#files`): node → dist/*/node.* (Node, Deno and Bun match `node` too), default →
  // dist/*/web.* (browsers, workers). The ports stay external imports, so a bundler picks one at
  // build time and nothing freezes one choice into the entries.
  entry: {
    index: "src/index.ts",
    ncloud: "src/ncloud.ts",
    huaweicloud: "src/huaweicloud.ts",
    zstack: "src/zstack.ts",
    "crypto/node": "src/crypto/node.ts",
    "crypto/web": "src/crypto/web.ts",
    "files/node": "src/files/node.ts",
    "files/web": "src/files/web.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  platform: "neutral",
  target: "es2022",
  clean: true,
  // Node built-ins stay imports too (the neutral platform would otherwise warn that it cannot resolve them).
  deps: { neverBundle: ["#crypto", "#files", /^node:/] },
  // A default import of a dual package must read its CommonJS `exports.default` (see the plugin).
  plugins: [cjsRequireInterop()],
  outputOptions: {
    // No JSDoc in the JavaScript (the .d.ts files keep it): less for Node to read and scan at import.
    comments: { legal: true, annotation: true, jsdoc: false },
    codeSplitting: {
      groups: [
        // The core every entry loads in one chunk (not one per set of importers): a Node import then
        // reads, resolves and links a handful of files instead of a dozen. parse-xml (fast-xml-parser)
        // and credential-files (#files) stay in the lazy chunks that load them on first use.
        // JavaScript modules only: the declaration chunks keep their own layout.
        { name: "core", test: /src[\\/]core[\\/](?!parse-xml|credential-files)[\w-]+\.ts$/ },
      ],
    },
  },
});
