import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toHex } from "../../src/crypto/encoding.js";
import { cryptoPort as nodePort, cryptoPort as webPort } from "../../src/crypto/node.js";
import type { BinaryInput } from "../../src/crypto/types.js";

const ports = [
  { name: "node:crypto", port: nodePort },
  { name: "WebCrypto", port: webPort },
];
const key0b = new Uint8Array(20).fill(0x0b);

const digestCases: Array<{
  name: string;
  given: { algorithm: "sha256Hex" | "sha512Hex"; data: BinaryInput };
  want: string;
}> = [
  {
    name: "SHA-256 of the empty string",
    given: { algorithm: "sha256Hex", data: "" },
    want: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  },
  {
    name: "SHA-256 of abc (FIPS 180-2)",
    given: { algorithm: "sha256Hex", data: "abc" },
    want: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  },
  {
    name: "SHA-256 of abc given as bytes",
    given: { algorithm: "sha256Hex", data: new Uint8Array([0x61, 0x62, 0x63]) },
    want: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  },
  {
    name: "SHA-512 of abc (FIPS 180-2)",
    given: { algorithm: "sha512Hex", data: "abc" },
    want: "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
  },
  {
    name: "SHA-512 of 'password' (ZStack docs' login example)",
    given: { algorithm: "sha512Hex", data: "password" },
    want: "b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86",
  },
];

const hmacCases: Array<{
  name: string;
  given: { algorithm: "hmacSha256" | "hmacSha1"; key: BinaryInput; data: BinaryInput };
  want: string;
}> = [
  {
    name: "HMAC-SHA256 RFC 4231 test case 1",
    given: { algorithm: "hmacSha256", key: key0b, data: "Hi There" },
    want: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
  },
  {
    name: "HMAC-SHA256 RFC 4231 test case 2",
    given: { algorithm: "hmacSha256", key: "Jefe", data: "what do ya want for nothing?" },
    want: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
  },
  {
    name: "HMAC-SHA256 with an empty key and message",
    given: { algorithm: "hmacSha256", key: "", data: "" },
    want: "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad",
  },
  {
    name: "HMAC-SHA1 RFC 2202 test case 1",
    given: { algorithm: "hmacSha1", key: key0b, data: "Hi There" },
    want: "b617318655057264e28bc0b6fb378c8ef146be00",
  },
  {
    name: "HMAC-SHA1 RFC 2202 test case 2",
    given: { algorithm: "hmacSha1", key: "Jefe", data: "what do ya want for nothing?" },
    want: "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79",
  },
  {
    name: "HMAC-SHA1 with an empty key and message",
    given: { algorithm: "hmacSha1", key: "", data: "" },
    want: "fbdb1d1b18aa6c08324b7d64b71fb76370690e1d",
  },
];

describe.each(ports)("$name crypto port", ({ port }) => {
  it.each(digestCases)("$name", async ({ given, want }) => {
    expect(await port[given.algorithm](given.data)).toBe(want);
  });

  it.each(hmacCases)("$name", async ({ given, want }) => {
    expect(toHex(await port[given.algorithm](given.key, given.data))).toBe(want);
  });

  it("returns plain Uint8Array HMAC results", async () => {
    const mac = await port.hmacSha256("k", "m");
    expect(Object.getPrototypeOf(mac)).toBe(Uint8Array.prototype);
  });
});

describe("node:crypto and WebCrypto ports", () => {
  const text = fc.string({ unit: "binary", maxLength: 200 });
  const bytes = fc.uint8Array({ maxLength: 300 });
  const input = fc.oneof(text, bytes);

  it("agree on SHA-256 and SHA-512 of random text and bytes", async () => {
    await fc.assert(
      fc.asyncProperty(input, async (data) => {
        expect(await webPort.sha256Hex(data)).toBe(await nodePort.sha256Hex(data));
        expect(await webPort.sha512Hex(data)).toBe(await nodePort.sha512Hex(data));
      }),
      { seed: 20240601, numRuns: 200 },
    );
  });

  it("agree on HMAC-SHA256 and HMAC-SHA1 for random keys (empty and longer than a block included)", async () => {
    const key = fc.oneof(fc.constant(""), fc.uint8Array({ maxLength: 200 }), text);
    await fc.assert(
      fc.asyncProperty(key, input, async (k, data) => {
        expect(await webPort.hmacSha256(k, data)).toEqual(await nodePort.hmacSha256(k, data));
        expect(await webPort.hmacSha1(k, data)).toEqual(await nodePort.hmacSha1(k, data));
      }),
      { seed: 20240602, numRuns: 200 },
    );
  });

  it("hash a string as its UTF-8 bytes", async () => {
    const bytesOfText = new TextEncoder().encode("快照 🚀");
    for (const { port } of ports) {
      expect(await port.sha256Hex("快照 🚀")).toBe(await port.sha256Hex(bytesOfText));
    }
  });
});
