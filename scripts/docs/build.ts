import { copyFile, mkdir, readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { REPO_ROOT } from "../generate/paths";
import { buildApiReference } from "./build-api-reference";
import { buildGuides } from "./build-guides";
import { buildRedocPage } from "./build-redoc-page";
import { checkExamples } from "./check-examples";
import { loadExamples } from "./load-examples";
import { svgDataUri } from "./patch-redoc-html";
import { DOCS_DIR, EXAMPLES_TSCONFIG, SITE_DIR } from "./paths";
import { GUIDE_PAGES, specPages } from "./site-map";
import { summarizeSpec } from "./spec-summary";

/**
 * `pnpm docs:build`: builds the static site into `site/` — one Redoc page per spec (with its YAML), the
 * hand-written guides from `docs/pages`, and the facade's API reference from its TSDoc. Everything
 * works offline and every link is relative.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const timings: string[] = [];
  const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await work();
    timings.push(`${label} ${seconds(performance.now() - t0)}`);
    return result;
  };
  const docs = (name: string) => readFile(join(DOCS_DIR, name), "utf8");
  const [layout, headerCss, pageCss, redocCss, logo] = await Promise.all(
    ["layout.html", "header.css", "page.css", "redoc.css", "assets/redoc-attribution.svg"].map(docs),
  );
  if (layout === undefined || headerCss === undefined || pageCss === undefined || redocCss === undefined) {
    throw new Error("docs/ is missing its layout or styles");
  }

  await rm(SITE_DIR, { recursive: true, force: true });
  const specs = await Promise.all(specPages().map(summarizeSpec));
  for (const spec of specs) await mkdir(dirname(join(SITE_DIR, spec.page.path)), { recursive: true });

  // The child processes (Redocly, tsc) run while TypeDoc works in this process.
  const redocShared = { layout, css: `${headerCss}\n${redocCss}`, logoDataUri: svgDataUri(logo ?? "") };
  const redoc = timed("redoc pages", () =>
    Promise.all(
      specs.map((spec) => buildRedocPage(spec.page, spec.title, join(SITE_DIR, spec.page.path), redocShared)),
    ),
  );
  const examples = timed("examples type-check", () => checkExamples(EXAMPLES_TSCONFIG));
  const guides = timed("guides", async () => {
    for (const spec of specs) {
      await copyFile(join(REPO_ROOT, spec.page.api.spec), join(SITE_DIR, spec.page.yamlPath));
    }
    await buildGuides({
      pagesDir: join(DOCS_DIR, "pages"),
      siteDir: SITE_DIR,
      layout,
      css: `${headerCss}\n${pageCss}`,
      examples: await loadExamples(join(DOCS_DIR, "examples")),
      specs,
    });
  });
  const reference = timed("API reference", () => buildApiReference(headerCss));
  const [, , , warnings] = await Promise.all([redoc, examples, guides, reference]);

  const note = warnings > 0 ? ` (${warnings} TypeDoc warnings above)` : "";
  console.log(
    `site/ built in ${seconds(performance.now() - started)}: ${GUIDE_PAGES.length} guides, ` +
      `${specs.length} spec pages, API reference${note} [${timings.join(", ")}]`,
  );
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
