import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { type TargetLine, targetLines } from "../../src/cli/target-lines";

async function collect(chunks: readonly string[]): Promise<TargetLine[]> {
  const lines: TargetLine[] = [];
  for await (const line of targetLines(Readable.from(chunks))) lines.push(line);
  return lines;
}

describe("targetLines", () => {
  it("numbers lines from 1, trims them, and skips blank lines and # comments", async () => {
    expect(
      await collect([
        "# header\n",
        "\n",
        "  zstack:a  \r\n",
        "\t\n",
        "   # indented comment\n",
        "zstack:b\n",
      ]),
    ).toStrictEqual([
      { line: 3, text: "zstack:a" },
      { line: 6, text: "zstack:b" },
    ]);
  });

  it("joins a line split across chunks and reads a last line without a newline", async () => {
    expect(await collect(["ncloud-vp", "c:1\nzst", "ack:", "b"])).toStrictEqual([
      { line: 1, text: "ncloud-vpc:1" },
      { line: 2, text: "zstack:b" },
    ]);
  });

  it("drops a byte order mark at the start", async () => {
    expect(await collect(["\uFEFFzstack:a\n"])).toStrictEqual([{ line: 1, text: "zstack:a" }]);
  });

  it("cuts a line longer than 8192 characters (it is then refused as a target) and goes on", async () => {
    const long = "x".repeat(5000);
    const lines = await collect([long, long, long, "\nzstack:b\n"]);
    expect(lines.map((l) => [l.line, l.text.length])).toStrictEqual([
      [1, 8192],
      [2, 8],
    ]);
  });

  it("yields nothing for an empty input", async () => {
    expect(await collect([])).toStrictEqual([]);
  });
});
