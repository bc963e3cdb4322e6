import { describe, expect, it } from "vitest";
import { parseIni } from "../../src/core/credential-files";

/** The document as plain `{ section: { key: value } }`. */
function flat(text: string): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [name, section] of parseIni(text, "/f")) {
    out[name] = Object.fromEntries([...section].map(([key, entry]) => [key, entry.value]));
  }
  return out;
}

describe("parseIni", () => {
  const valid: Array<{ name: string; given: string; want: Record<string, Record<string, string>> }> = [
    { name: "an empty file", given: "", want: { "": {} } },
    { name: "keys before any section", given: "a = 1\nb=2", want: { "": { a: "1", b: "2" } } },
    {
      name: "sections, comments, blank lines and CRLF",
      given: "\uFEFF# c\r\n[basic]\r\n; c\r\nak = A\r\n\r\n[global]\r\nak=G\r\n",
      want: { "": {}, basic: { ak: "A" }, global: { ak: "G" } },
    },
    {
      name: "a colon delimiter",
      given: "iam_endpoint: https://iam.x",
      want: { "": { iam_endpoint: "https://iam.x" } },
    },
    { name: "values containing = and :", given: "k = a=b:c", want: { "": { k: "a=b:c" } } },
    {
      name: "quoted values",
      given: 'a = "x y"\nb = \'z\'\nc = "open',
      want: { "": { a: "x y", b: "z", c: '"open' } },
    },
    { name: "the last duplicate", given: "[s]\na=1\n[t]\n[s]\na=2", want: { "": {}, s: { a: "2" }, t: {} } },
    { name: "an empty value", given: "a =", want: { "": { a: "" } } },
  ];
  it.each(valid)("parses $name", ({ given, want }) => {
    expect(flat(given)).toEqual(want);
  });

  it("records line numbers", () => {
    expect(parseIni("\n[s]\n\nkey = v", "/f").get("s")?.get("key")?.line).toBe(4);
  });

  const malformed = [
    { name: "a line without a delimiter", given: "[basic]\nak = A\nSECRETLINE\n", want: "line 3" },
    { name: "a key that is empty", given: "= SECRETLINE", want: "line 1" },
    { name: "an unterminated section", given: "ok = 1\n[basic SECRETLINE", want: "line 2" },
    { name: "an empty section name", given: "[ ]", want: "line 1" },
  ];
  it.each(malformed)("rejects $name with the file and line, not the content", ({ given, want }) => {
    let caught: Error & { reason?: string; tried?: string[] } = new Error("none");
    try {
      parseIni(given, "/home/u/.huaweicloud/credentials");
    } catch (error) {
      caught = error as typeof caught;
    }
    expect(caught.name).toBe("CredentialsError");
    expect(caught.message).toContain(`/home/u/.huaweicloud/credentials, ${want}`);
    expect(caught.message).not.toContain("SECRETLINE");
    expect(caught.reason).toBe("invalid");
    expect(caught.tried).toEqual(["/home/u/.huaweicloud/credentials"]);
  });
});
