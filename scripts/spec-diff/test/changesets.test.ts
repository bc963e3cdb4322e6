import { describe, expect, it } from "vitest";
import { parseChangeset } from "../changesets";

describe("parseChangeset (with @changesets/parse, as `changeset version` reads it)", () => {
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
    {
      name: "reads a file that starts with a byte-order mark",
      given: '\uFEFF---\n"cloudsnap": none\n---\n\nNo release.\n',
      want: { cloudsnap: "none" },
    },
    {
      name: "keeps a --- rule in the summary out of the front matter",
      given: '---\n"@cloudsnap/huaweicloud": minor\n---\n\nFirst part.\n\n---\n\nSecond part.\n',
      want: { "@cloudsnap/huaweicloud": "minor" },
    },
  ];
  it.each(cases)("$name", ({ given, want }) => {
    expect(Object.fromEntries(parseChangeset(given, ".changeset/x.md"))).toEqual(want);
  });

  it("refuses a bump it does not know instead of ignoring the changeset", () => {
    expect(() => parseChangeset('---\n"cloudsnap": huge\n---\n', ".changeset/x.md")).toThrow(
      /^\.changeset\/x\.md: could not parse changeset - invalid version type "huge" for package "cloudsnap"/,
    );
  });

  it("refuses a file without front matter", () => {
    expect(() => parseChangeset("Just text.\n", ".changeset/x.md")).toThrow(
      /^\.changeset\/x\.md: could not parse changeset - missing or invalid frontmatter/,
    );
  });

  it("refuses front matter that is not a map of packages to bumps", () => {
    expect(() => parseChangeset("---\n- cloudsnap\n---\n", ".changeset/x.md")).toThrow(
      /^\.changeset\/x\.md: could not parse changeset - frontmatter must be an object/,
    );
  });

  it("reads every pending changeset of this repository", async () => {
    const { readChangesets } = await import("../changesets");
    const { REPO_ROOT } = await import("../../generate/paths");
    const changesets = await readChangesets(REPO_ROOT);
    expect(changesets.length).toBeGreaterThan(0);
    for (const changeset of changesets) expect(changeset.releases.size).toBeGreaterThan(0);
  });
});
