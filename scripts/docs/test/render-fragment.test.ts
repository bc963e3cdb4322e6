import { describe, expect, it } from "vitest";
import { renderFragment } from "../render-fragment";

const context = {
  readExample: (name: string) => {
    if (name !== "zstack/create.ts") throw new Error(`docs/examples/${name} does not exist`);
    return 'const a = 1 < 2 && "x";\n\n';
  },
  specsTable: () => "<table>specs</table>",
};

describe("renderFragment", () => {
  it("takes the title from the <h1>, decoding entities and dropping markup", () => {
    const { title } = renderFragment("<h1>Errors &amp; <em>retries</em></h1>", "p.html", context);
    expect(title).toBe("Errors & retries");
  });

  it("replaces an example directive with the file's code, escaped, and the table directive with the table", () => {
    const { html } = renderFragment(
      "<h1>T</h1>\n<!-- example: zstack/create.ts -->\n<!-- specs-table -->\n<!-- a comment -->",
      "p.html",
      context,
    );
    expect(html).toContain(
      '<pre><code class="language-ts" data-example="zstack/create.ts">const a = 1 &lt; 2 &amp;&amp; &quot;x&quot;;</code></pre>',
    );
    expect(html).toContain("<table>specs</table>");
    expect(html).toContain("<!-- a comment -->");
  });

  it("fails on a fragment without <h1> and on an example that does not exist", () => {
    expect(() => renderFragment("<p>no title</p>", "p.html", context)).toThrow("needs an <h1>");
    expect(() => renderFragment("<h1>T</h1><!-- example: nope.ts -->", "p.html", context)).toThrow(
      "docs/examples/nope.ts does not exist",
    );
  });
});
