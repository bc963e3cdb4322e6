import { describe, expect, it } from "vitest";
import { countCodePoints, countUtf8Bytes } from "../../src/core/check-value";

const cases: { name: string; given: string; want: { codePoints: number; bytes: number } }[] = [
  { name: "an empty string is empty", given: "", want: { codePoints: 0, bytes: 0 } },
  { name: "ASCII is one byte a character", given: "snap-1", want: { codePoints: 6, bytes: 6 } },
  { name: "Latin-1 letters are two bytes", given: "café", want: { codePoints: 4, bytes: 5 } },
  { name: "Hangul syllables are three bytes", given: "스냅샷", want: { codePoints: 3, bytes: 9 } },
  { name: "CJK ideographs are three bytes", given: "快照", want: { codePoints: 2, bytes: 6 } },
  { name: "an astral emoji is one character of four bytes", given: "📸", want: { codePoints: 1, bytes: 4 } },
  {
    name: "a combining sequence counts each code point",
    given: "e\u0301",
    want: { codePoints: 2, bytes: 3 },
  },
  {
    name: "a lone surrogate counts as the 3-byte replacement character it is sent as",
    given: "a\ud800",
    want: { codePoints: 2, bytes: 4 },
  },
];

describe("string lengths", () => {
  it.each(cases)("$name", ({ given, want }) => {
    expect({ codePoints: countCodePoints(given), bytes: countUtf8Bytes(given) }).toEqual(want);
  });

  it("counts bytes exactly as TextEncoder encodes them", () => {
    const samples = ["", "abc", "é", "스냅샷 설명", "📸🧊", "mixed ü 快 📸 x", "\ud800", "\udfff z"];
    for (const text of samples) expect(countUtf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
  });
});
