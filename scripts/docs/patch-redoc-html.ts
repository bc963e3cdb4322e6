/** The attribution images Redoc's footer loads from Redocly's CDN (full and collapsed sidebar). */
export const REDOC_CDN_LOGOS = [
  "https://cdn.redoc.ly/redoc/logo-mini-full.svg",
  "https://cdn.redoc.ly/redoc/logo-mini.svg",
] as const;

const SSR_START = '<div id="redoc">';
const SSR_END = '<script type="module">';

/**
 * Points Redoc's footer attribution images at `dataUri` instead of Redocly's CDN, so the page makes no
 * request at all (`build-docs --inlineBundle` inlines the scripts but not these images). Fails when a
 * Redocly upgrade moves them, so the change is noticed here rather than as a request in production.
 */
export function inlineAttributionLogos(html: string, dataUri: string): string {
  let out = html;
  for (const url of REDOC_CDN_LOGOS) {
    if (!out.includes(url))
      throw new Error(`Redoc page no longer references ${url}; review patch-redoc-html.ts`);
    out = out.replaceAll(url, dataUri);
  }
  return out;
}

/**
 * Rewrites the server-rendered sidebar links (`href="/sessions"`) to the hash routes the browser app
 * uses on a static page (`href="#/sessions"`). `build-docs` pre-renders with routing base `/`, and React
 * keeps server-rendered attributes when it hydrates, so without this those links point at the site
 * root: a 404 when opened in a new tab. Only the pre-rendered markup is touched, never the scripts.
 */
export function hashServerRenderedRoutes(html: string): string {
  const start = html.indexOf(SSR_START);
  const end = start === -1 ? -1 : html.indexOf(SSR_END, start);
  if (start === -1 || end === -1) throw new Error("Redoc page has no pre-rendered #redoc markup");
  const markup = html.slice(start, end).replace(/ href="\/(?!\/)/g, ' href="#/');
  return html.slice(0, start) + markup + html.slice(end);
}

/** `data:` URI of an SVG file's text. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg.trim(), "utf8").toString("base64")}`;
}
