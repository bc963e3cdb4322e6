import { cjsRequireInterop } from "@cloudsnap/build-tools/cjs-require-interop";
import { defineConfig, type UserConfig } from "tsdown";

// Node built-ins and the ports stay imports (the neutral platform would otherwise warn that it cannot
// resolve them).
const neverBundle = ["#crypto", "#files", /^node:/];

/** The library: every public entry, ESM and CommonJS, with types. */
const library: UserConfig = {
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
  deps: { neverBundle },
  // A default import of a dual package must read its CommonJS `exports.default` (see the plugin).
  plugins: [cjsRequireInterop()],
};

/**
 * The `cloudsnap` bin: its own build, after the library's, into the single file dist/cli.js. It
 * bundles the library code it uses instead of sharing chunks with the library entries, so adding,
 * changing or removing the CLI leaves every library file byte for byte the same, and no library
 * chunk can ever import CLI code or the CLI's dependencies (@clack/prompts).
 */
const cli: UserConfig = {
  entry: { cli: "src/cli/main.ts" },
  format: ["esm"],
  dts: false,
  platform: "node",
  target: "node20",
  clean: false,
  deps: { neverBundle },
  fixedExtension: false,
  banner: "#!/usr/bin/env node",
  outputOptions: { codeSplitting: false },
};

export default defineConfig([library, cli]);
