import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cryptoPort } from "#crypto";
import { cryptoPort as nodePort } from "../../src/crypto/node.js";

interface ImportsMap {
  imports: { "#crypto": Record<string, unknown> };
}

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as ImportsMap;

describe("#crypto", () => {
  it("resolves to the node:crypto port under Node (from source in tests)", () => {
    expect(cryptoPort).toBe(nodePort);
  });

  it("maps the node condition to the built node:crypto port and everything else to WebCrypto", () => {
    const map = pkg.imports["#crypto"];
    expect(Object.keys(map)).toEqual(["cloudsnap-source", "types", "node", "default"]);
    expect(map.node).toEqual({ import: "./dist/crypto/node.js", require: "./dist/crypto/node.cjs" });
    expect(map.default).toEqual({ import: "./dist/crypto/web.js", require: "./dist/crypto/web.cjs" });
    expect(map["cloudsnap-source"]).toEqual({ node: "./src/crypto/node.ts", default: "./src/crypto/web.ts" });
  });
});
