import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { escapeHtml } from "./escape-html";
import { fillTemplate, GUIDE_CSP, renderNav } from "./layout";
import { renderFragment } from "./render-fragment";
import { GUIDE_PAGES } from "./site-map";
import type { SpecSummary } from "./spec-summary";
import { renderSpecsTable } from "./specs-table";

/** What the hand-written pages are built from. */
export interface GuideInputs {
  readonly pagesDir: string;
  readonly siteDir: string;
  readonly layout: string;
  /** header.css + page.css, inlined in every page. */
  readonly css: string;
  readonly examples: ReadonlyMap<string, string>;
  readonly specs: readonly SpecSummary[];
}

/** Renders every page of `GUIDE_PAGES` from its fragment into the shared layout. */
export async function buildGuides(inputs: GuideInputs): Promise<void> {
  for (const page of GUIDE_PAGES) {
    const source = await readFile(join(inputs.pagesDir, page.path), "utf8");
    const { title, html } = renderFragment(source, page.path, {
      readExample: (name) => {
        const text = inputs.examples.get(name);
        if (text === undefined) throw new Error(`${page.path}: docs/examples/${name} does not exist`);
        return text;
      },
      specsTable: () => renderSpecsTable(inputs.specs, page.path),
    });
    const out = join(inputs.siteDir, page.path);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(
      out,
      fillTemplate(inputs.layout, {
        csp: GUIDE_CSP,
        title: escapeHtml(page.path === "index.html" ? title : `${title} · cloudsnap`),
        styles: `<style>\n${inputs.css}\n</style>`,
        head: "",
        bodyClass: "guide-page",
        nav: renderNav(page.path),
        body: `<main class="doc">\n${html}\n</main>`,
      }),
    );
  }
}
