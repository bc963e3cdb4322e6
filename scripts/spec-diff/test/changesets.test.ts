import { describe, expect, it } from "vitest";
import { parseChangeset } from "../changesets";

describe("parseChangeset", () => {
  const cases: { name: string; given: string; want: Record<string, string> }[] = [
    {
      name: "reads quoted and bare package names",
      given: '---\n"@cloudsnap/ncloud": major\ncloudsnap: minor\n---\n\nText for users.\n',
      want: { "@cloudsnap/ncloud": "major", cloudsnap: "minor" },
    },
    { name: "reads an empty changeset (changeset --empty)", given: "---\n---\n", want: {} },
    {
      name: "reads Windows line endings",
      given: '---\r\n"@cloudsnap/zstack": patch\r\n---\r\n\r\nFix.\r\n',
      want: { "@cloudsnap/zstack": "patch" },
    },
  ];
  it.each(cases)("$name", ({ given, want }) => {
    expect(Object.fromEntries(parseChangeset(given, ".changeset/x.md"))).toEqual(want);
  });

  it("refuses a bump it does not know instead of ignoring the changeset", () => {
    expect(() => parseChangeset('---\n"cloudsnap": huge\n---\n', ".changeset/x.md")).toThrow(
      /\.changeset\/x\.md: cloudsnap has bump "huge"/,
    );
  });

  it("refuses a file without front matter", () => {
    expect(() => parseChangeset("Just text.\n", ".changeset/x.md")).toThrow(/no front matter/);
  });
});
