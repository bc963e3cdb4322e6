/**
 * The link from the page at `from` to the site file at `to` (both relative to the site root), e.g.
 * `getting-started/ncloud.html` → `api/index.html` is `../api/index.html`. Links stay relative so the
 * site works from any base path and straight from disk.
 */
export function relativeUrl(from: string, to: string): string {
  const depth = from.split("/").length - 1;
  return `${"../".repeat(depth)}${to}`;
}
