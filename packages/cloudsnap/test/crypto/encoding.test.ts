import { describe, expect, it } from "vitest";
import { toBase64, toBytes, toHex } from "../../src/crypto/encoding.js";

const ascii = (text: string) => new TextEncoder().encode(text);

describe("toBase64", () => {
  it.each([
    { name: "empty", given: "", want: "" },
    { name: "one byte pads twice", given: "f", want: "Zg==" },
    { name: "two bytes pad once", given: "fo", want: "Zm8=" },
    { name: "three bytes need no padding", given: "foo", want: "Zm9v" },
    { name: "RFC 4648 foobar", given: "foobar", want: "Zm9vYmFy" },
  ])("$name", ({ given, want }) => {
    expect(toBase64(ascii(given))).toBe(want);
  });

  it("uses the standard alphabet (+ and /), not base64url", () => {
    expect(toBase64(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe("+/+/");
  });
});

describe("toHex", () => {
  it.each([
    { name: "empty", given: new Uint8Array(), want: "" },
    { name: "pads single digits", given: new Uint8Array([0, 1, 15, 16, 255]), want: "00010f10ff" },
  ])("$name", ({ given, want }) => {
    expect(toHex(given)).toBe(want);
  });
});

describe("toBytes", () => {
  it("encodes text as UTF-8", () => {
    expect([...toBytes("é🚀")]).toEqual([0xc3, 0xa9, 0xf0, 0x9f, 0x9a, 0x80]);
  });

  it("copies bytes so WebCrypto gets an ArrayBuffer-backed view the caller cannot change", () => {
    const original = new Uint8Array([1, 2, 3]);
    const copy = toBytes(original);
    original[0] = 9;
    expect([...copy]).toEqual([1, 2, 3]);
    expect(copy.buffer).toBeInstanceOf(ArrayBuffer);
  });
});
