import { describe, expect, it } from "vitest";
import { cjsRequireInterop, dropNodeMode } from "../../tools/build/cjs-require-interop.mjs";

const NODE_MODE =
  'let openapi_fetch = require("openapi-fetch");\nopenapi_fetch = __toESM(openapi_fetch, 1);\n';
const FIXED = 'let openapi_fetch = require("openapi-fetch");\nopenapi_fetch = __toESM(openapi_fetch);\n';

describe("cjsRequireInterop", () => {
  const cases = [
    { name: "drops node mode from an external require", given: NODE_MODE, want: FIXED },
    { name: "leaves the __esModule-aware form alone", given: FIXED, want: FIXED },
    {
      name: "leaves the runtime helper's definition alone",
      given: "var __toESM = (mod, isNodeMode, target) => (target = mod);\n",
      want: "var __toESM = (mod, isNodeMode, target) => (target = mod);\n",
    },
  ];
  for (const { name, given, want } of cases) {
    it(name, () => expect(dropNodeMode(given)).toBe(want));
  }

  it("rewrites CommonJS chunks only", () => {
    const plugin = cjsRequireInterop();
    expect(plugin.renderChunk(NODE_MODE, { fileName: "index.cjs" }, { format: "cjs" })).toEqual({
      code: FIXED,
      map: null,
    });
    expect(plugin.renderChunk(NODE_MODE, { fileName: "index.js" }, { format: "es" })).toBeNull();
  });

  it("fails the build on a node-mode interop it does not recognise", () => {
    const plugin = cjsRequireInterop();
    const odd = 'const dep = __toESM(require("dep"), 1);\n';
    expect(() => plugin.renderChunk(odd, { fileName: "index.cjs" }, { format: "cjs" })).toThrow(/index\.cjs/);
  });
});
