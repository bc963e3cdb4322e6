import { cjsRequireInterop } from "@cloudsnap/build-tools/cjs-require-interop";
import { defineConfig, type UserConfig } from "tsdown";

const shared: UserConfig = {
  format: ["esm", "cjs"],
  dts: true,
  platform: "neutral",
  target: "es2022",
  // The CommonJS build must read openapi-fetch's `exports.default` (see the plugin).
  plugins: [cjsRequireInterop()],
};

// Two builds, not two entries of one: `metadata` must stand alone (plain data, no openapi-fetch),
// and one build with both entries makes them share a chunk whose CommonJS types the dts bundler
// leaves broken (an undeclared `__exportAll`).
export default defineConfig([
  { ...shared, entry: { index: "src/index.ts" }, clean: true },
  { ...shared, entry: { metadata: "src/metadata.ts" }, clean: false },
]);
