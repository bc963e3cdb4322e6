import { escapeHtml } from "./escape-html";

/** What a fragment's directives need from the build. */
export interface FragmentContext {
  /** Reads `docs/examples/<name>`; the example's text is shown verbatim. */
  readExample(name: string): string;
  /** The HTML of the table that lists every spec page. */
  specsTable(): string;
}

const DIRECTIVE = /<!--\s*(example|specs-table)\s*(?::\s*([^\s]+))?\s*-->/g;

/**
 * Expands a page fragment's directives: `<!-- example: zstack/create.ts -->` becomes the file's code
 * block (the files are type-checked against the facade by the build), `<!-- specs-table -->` the list
 * of spec pages. Returns the page title (the text of its `<h1>`) with the HTML.
 */
export function renderFragment(source: string, name: string, context: FragmentContext) {
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(source);
  if (!heading?.[1]) throw new Error(`${name}: a page fragment needs an <h1>, which becomes its title`);
  const title = decodeBasicEntities(heading[1].replace(/<[^>]+>/g, "").trim());
  const html = source.replace(DIRECTIVE, (_match, kind: string, argument: string | undefined) => {
    if (kind === "specs-table") return context.specsTable();
    if (!argument) throw new Error(`${name}: "<!-- example: … -->" needs a file name`);
    const code = context.readExample(argument).replace(/\s+$/, "");
    return `<pre><code class="language-ts" data-example="${escapeHtml(argument)}">${escapeHtml(code)}</code></pre>`;
  });
  return { title, html };
}

function decodeBasicEntities(text: string): string {
  return text
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}
