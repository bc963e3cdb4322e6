import { escapeHtml } from "./escape-html";
import { relativeUrl } from "./relative-url";
import { API_REFERENCE_INDEX, GUIDE_PAGES } from "./site-map";

/**
 * Content-Security-Policy of the hand-written pages: no script at all, inline styles, inline images.
 * Everything is inline so a page works the same from a web server and straight from disk.
 */
export const GUIDE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * Redoc pages: Redoc's inline module script and styles, and its search index in a worker it builds
 * from a `blob:` URL with `Function` (without that it falls back to searching on the main thread).
 * Still nothing from the network.
 */
export const REDOC_CSP =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; worker-src blob:; " +
  "style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

/** The header navigation for the page at `path`, with every link relative to that page. */
export function renderNav(path: string): string {
  const link = (to: string, label: string, className?: string) => {
    const current = to === path ? ' aria-current="page"' : "";
    const cls = className ? ` class="${className}"` : "";
    return `<a${cls} href="${escapeHtml(relativeUrl(path, to))}"${current}>${escapeHtml(label)}</a>`;
  };
  const [home, ...guides] = GUIDE_PAGES;
  const starts = guides.filter((page) => page.path.startsWith("getting-started/"));
  const others = guides.filter((page) => !page.path.startsWith("getting-started/"));
  return [
    '<nav aria-label="cloudsnap documentation">',
    home ? link(home.path, "cloudsnap", "site-brand") : "",
    '<span class="site-nav-group">Getting started:</span>',
    ...starts.map((page) => link(page.path, page.nav)),
    ...others.map((page) => link(page.path, page.nav)),
    link(API_REFERENCE_INDEX, "API reference"),
    link("index.html#specs", "OpenAPI specs"),
    "</nav>",
  ].join("\n");
}

/**
 * Replaces every `{{name}}` in `template` with `values[name]`. Fails on a placeholder without a value
 * and on a value without a placeholder, so the layout and the build cannot drift apart silently.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  const used = new Set<string>();
  const out = template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`layout placeholder {{${name}}} has no value`);
    used.add(name);
    return value;
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`layout has no placeholder for ${unused.join(", ")}`);
  return out;
}
