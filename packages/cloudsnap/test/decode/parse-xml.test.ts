import { describe, expect, it } from "vitest";
import { parseXml } from "../../src/core/parse-xml";

describe("parseXml", () => {
  it("keeps every leaf a string, so ids keep their zeros and nothing is guessed", async () => {
    expect(await parseXml("<r><id>007</id><n>12</n><b>true</b></r>")).toEqual({
      r: { id: "007", n: "12", b: "true" },
    });
  });

  it("drops the XML declaration and decodes entities", async () => {
    expect(await parseXml('<?xml version="1.0"?><r><m>a &amp; b &lt;c&gt;</m></r>')).toEqual({
      r: { m: "a & b <c>" },
    });
  });

  it("turns an empty element into an empty string", async () => {
    expect(await parseXml("<r><requestId></requestId></r>")).toEqual({ r: { requestId: "" } });
  });

  for (const [name, text] of [
    ["an unclosed element", "<r><a>1</r>"],
    ["text that is not XML at all", '{"json": true}'],
    ["a truncated document", "<r><a>1</a"],
  ] as const) {
    it(`rejects ${name} with a SyntaxError naming line and column`, async () => {
      await expect(parseXml(text)).rejects.toThrow(/malformed XML at line \d+, column \d+/);
    });
  }
});
