import { defineConfig } from "tsdown";
import { cjsRequireInterop } from "../../scripts/packaging/cjs-require-interop";

export default defineConfig({
  // Both crypto ports are built as their own entries. `#crypto` stays an external import, so the
  // package.json "imports" map picks one at run time: node → dist/crypto/node.* (Node, and Deno and Bun,
  // which match `node` too), default → dist/crypto/web.* (browsers, workers). Bundling `#crypto` would
  // freeze one choice into dist/index.*.
  entry: {
    index: "src/index.ts",
    "crypto/node": "src/crypto/node.ts",
    "crypto/web": "src/crypto/web.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  platform: "neutral",
  target: "es2022",
  clean: true,
  // Node built-ins stay imports too (the neutral platform would otherwise warn that it cannot resolve them).
  deps: { neverBundle: ["#crypto", /^node:/] },
  // A default import of a dual package must read its CommonJS `exports.default` (see the plugin).
  plugins: [cjsRequireInterop()],
});
