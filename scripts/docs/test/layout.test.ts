import { describe, expect, it } from "vitest";
import { escapeHtml } from "../escape-html";
import { fillTemplate, renderNav } from "../layout";
import { relativeUrl } from "../relative-url";

describe("relativeUrl", () => {
  it.each([
    { from: "index.html", to: "api/index.html", want: "api/index.html" },
    {
      from: "getting-started/ncloud.html",
      to: "errors-and-retries.html",
      want: "../errors-and-retries.html",
    },
    { from: "api/classes/HttpError.html", to: "index.html#specs", want: "../../index.html#specs" },
  ])("links $from to $to as $want", ({ from, to, want }) => {
    expect(relativeUrl(from, to)).toBe(want);
  });
});

describe("escapeHtml", () => {
  it("escapes every character that could end an element or an attribute", () => {
    expect(escapeHtml(`<a href="x">'Tom' & "Jerry"</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&#39;Tom&#39; &amp; &quot;Jerry&quot;&lt;/a&gt;",
    );
  });
});

describe("renderNav", () => {
  it("marks the current page and links every page relative to it", () => {
    const nav = renderNav("getting-started/zstack.html");
    expect(nav).toContain('<a href="../getting-started/zstack.html" aria-current="page">ZStack</a>');
    expect(nav).toContain('<a href="../api/index.html">API reference</a>');
    expect(nav).toContain('<a class="site-brand" href="../index.html">cloudsnap</a>');
    expect(nav.match(/aria-current/g)).toHaveLength(1);
  });

  it("marks nothing on a page that is not in the header", () => {
    expect(renderNav("specs/zstack/volume-snapshots.html")).not.toContain("aria-current");
  });
});

describe("fillTemplate", () => {
  it("fills every placeholder once, without expanding placeholders inside values", () => {
    expect(fillTemplate("<t>{{a}}</t>{{b}}", { a: "{{b}}", b: "x" })).toBe("<t>{{b}}</t>x");
  });

  it("fails on a placeholder without a value and on a value without a placeholder", () => {
    expect(() => fillTemplate("{{a}}{{b}}", { a: "" })).toThrow("{{b}} has no value");
    expect(() => fillTemplate("{{a}}", { a: "", c: "" })).toThrow("no placeholder for c");
  });
});
