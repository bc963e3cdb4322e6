import { defineConfig } from "tsdown";
import { cjsRequireInterop } from "../../scripts/packaging/cjs-require-interop";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  platform: "neutral",
  target: "es2022",
  clean: true,
  // The CommonJS build must read openapi-fetch's `exports.default` (see the plugin).
  plugins: [cjsRequireInterop()],
});
