import { describe, expect, it } from "vitest";
import { specPages } from "../site-map";
import { renderSpecsTable } from "../specs-table";

describe("renderSpecsTable", () => {
  const page = specPages().find((p) => p.provider === "ncloud");
  if (!page) throw new Error("no NAVER Cloud spec");
  const html = renderSpecsTable(
    [{ page, title: "A & B", version: "v2", summary: "Calls `/server/v2` <safely>", operations: 6 }],
    "index.html",
  );

  it("links the Redoc page and the YAML relative to the page it is on", () => {
    expect(html).toContain(`<a href="${page.path}">A &amp; B</a>`);
    expect(html).toContain(`<a href="${page.yamlPath}"><code>${page.api.spec}</code></a>`);
  });

  it("shows Markdown code spans as code, escapes the rest, and does not double a v in the version", () => {
    expect(html).toContain("Calls <code>/server/v2</code> &lt;safely&gt;");
    expect(html).toContain("(v2)");
    expect(html).not.toContain("vv2");
  });
});
