import { defineConfig } from "tsdown";

export default defineConfig({
  // Both crypto ports are built as their own entries. `#crypto` stays an external import, so the
  // package.json "imports" map picks one at run time: node → dist/crypto/node.*, default → dist/crypto/web.*
  // (browsers, Deno, Bun, workers). Bundling `#crypto` would freeze one choice into dist/index.*.
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
});
