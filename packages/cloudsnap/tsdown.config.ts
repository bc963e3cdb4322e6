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
  outputOptions: {
    // No JSDoc in the JavaScript (the .d.ts files keep it): less for Node to read and scan at import.
    comments: { legal: true, annotation: true, jsdoc: false },
    codeSplitting: {
      groups: [
        // The core in four chunks by when it is needed, rather than one chunk per set of importers
        // (a provider entry then loaded about a dozen files). A bundler moves whole files to lazy
        // chunks, so what only calls need stays out of the file that creating a client loads:
        // - calls: building, sending and decoding a request, loaded with the first call (load-pipeline.ts);
        // - validate: checking parameters (also exported, as validateParams), loaded by calls;
        // - wait: deadlines, sleeps and polling, for calls and waiters;
        // - core: errors, options, credentials and the rest that creating a client needs.
        // parse-xml (fast-xml-parser) and credential-files (#files) stay in their own lazy chunks.
        // JavaScript modules only: the declaration chunks keep their own layout.
        { name: "calls", priority: 1, test: /src[\\/]core[\\/](pipeline|send|request|decode)\.ts$/ },
        {
          name: "validate",
          priority: 2,
          test: /src[\\/]core[\\/](validate|check-value|suggest-field|shapes)\.ts$/,
        },
        { name: "wait", priority: 3, test: /src[\\/]core[\\/](abort|waiting)\.ts$/ },
        // The byte encodings every signer uses (crypto/encoding.ts) ride in the core chunk: every
        // provider entry loads both, and one file fewer is about a millisecond less of cold import.
        {
          name: "core",
          priority: 4,
          test: /src[\\/](?:core[\\/](?!parse-xml|credential-files|pipeline|send|request|decode|validate|check-value|suggest-field|shapes|abort|waiting)[\w-]+|crypto[\\/]encoding)\.ts$/,
        },
      ],
    },
  },
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
