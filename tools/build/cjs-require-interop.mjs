/**
 * A Rolldown plugin for the CommonJS build of a `"type": "module"` package: makes a default import of
 * a dependency read that dependency's CommonJS `exports.default`.
 *
 * Why: in a `"type": "module"` package Rolldown emulates Node's ESM rules for every import, so the
 * CommonJS output does `dep = __toESM(require("dep"), 1)`, where `1` ("node mode") binds `default`
 * to the whole `module.exports`. That is right for an ESM file importing a plain CommonJS module,
 * but the `.cjs` output `require`s the dependency's *CommonJS build*, and a dual package's CommonJS
 * build (openapi-fetch's `dist/index.cjs`) carries `__esModule` and `exports.default`. With node
 * mode, `import createClient from "openapi-fetch"` became `{ default: createClient, … }` and every
 * client factory threw "openapi_fetch.default is not a function" under `require`. Without the flag,
 * `__toESM` honours `__esModule` and still binds `default` to `module.exports` for a plain CommonJS
 * module, so dropping it is right for both kinds. (Rolldown 1.0.0-rc.17; upstream keeps node mode
 * on purpose, see rolldown/rolldown#8842 and #10308.)
 */
/** @returns {{ name: string, renderChunk(code: string, chunk: { fileName: string }, options: { format: string }): { code: string, map: null } | null }} */
export function cjsRequireInterop() {
  return {
    name: "cloudsnap:cjs-require-interop",
    renderChunk(code, chunk, options) {
      if (options.format !== "cjs") return null;
      const fixed = dropNodeMode(code);
      const left = NODE_MODE_LEFT.exec(fixed);
      if (left) {
        // A shape this plugin does not know: fail the build rather than ship a broken require.
        throw new Error(
          `${chunk.fileName}: unexpected node-mode interop left in CommonJS output: ${left[0]}`,
        );
      }
      return fixed === code ? null : { code: fixed, map: null };
    },
  };
}

/**
 * `let x = require("dep");` directly followed by `x = __toESM(x, 1);`, as Rolldown renders it (the
 * helper is `chunk.__toESM` when several entries share a chunk).
 */
const NODE_MODE_REQUIRE =
  /^(let ([\w$]+) = require\("[^"]+"\);\r?\n)\2 = ((?:[\w$]+\.)?__toESM)\(\2, 1\);$/gm;
/** Any node-mode `__toESM` call on a `require` still in the code after the rewrite. */
const NODE_MODE_LEFT = /__toESM\(\s*(?:require\([^)]*\)|[\w$]+)\s*,\s*1\s*\)/;

/** Rewrites each node-mode interop of an external `require` to the `__esModule`-aware default. */
/**
 * @param {string} code
 * @returns {string}
 */
export function dropNodeMode(code) {
  return code.replace(NODE_MODE_REQUIRE, "$1$2 = $3($2);");
}
