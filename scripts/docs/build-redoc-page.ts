import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { REPO_ROOT } from "../generate/paths";
import { escapeHtml } from "./escape-html";
import { fillTemplate, REDOC_CSP, renderNav } from "./layout";
import { hashServerRenderedRoutes, inlineAttributionLogos } from "./patch-redoc-html";
import type { SpecPage } from "./site-map";

const run = promisify(execFile);
const REDOCLY_CLI = join(
  dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")),
  "bin/cli.js",
);

/** What every Redoc page shares. */
export interface RedocShared {
  readonly layout: string;
  /** header.css + redoc.css, inlined. */
  readonly css: string;
  /** `data:` URI of the footer attribution image. */
  readonly logoDataUri: string;
}

/**
 * Renders one spec with `redocly build-docs --inlineBundle` (Redoc's scripts inlined, so the page works
 * offline) into the shared layout, then makes it request-free and its pre-rendered links static-safe.
 */
export async function buildRedocPage(page: SpecPage, title: string, outFile: string, shared: RedocShared) {
  const work = await mkdtemp(join(tmpdir(), "cloudsnap-redoc-"));
  try {
    const template = join(work, "page.hbs");
    const raw = join(work, "page.html");
    await writeFile(template, redocTemplate(page, title, shared));
    await run(
      process.execPath,
      [
        REDOCLY_CLI,
        "build-docs",
        join(REPO_ROOT, page.api.spec),
        "--inlineBundle",
        "-o",
        raw,
        "-t",
        template,
      ],
      {
        cwd: work,
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
        maxBuffer: 16 * 1024 * 1024,
      },
    ).catch((error: { stderr?: string; stdout?: string }) => {
      throw new Error(
        `redocly build-docs failed for ${page.api.spec}:\n${error.stderr || error.stdout || error}`,
      );
    });
    const html = hashServerRenderedRoutes(
      inlineAttributionLogos(await readFile(raw, "utf8"), shared.logoDataUri),
    );
    await writeFile(outFile, html);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The Handlebars template `build-docs` fills: the shared layout around Redoc's head and body. */
export function redocTemplate(page: SpecPage, title: string, shared: RedocShared): string {
  const template = fillTemplate(shared.layout, {
    csp: REDOC_CSP,
    title: escapeHtml(`${title} · cloudsnap`),
    styles: `<style>\n${shared.css}\n</style>`,
    head: "{{{redocHead}}}",
    bodyClass: "redoc-page",
    nav: renderNav(page.path),
    body: "{{{redocHTML}}}",
  });
  // Handlebars would also expand any other "{{…}}"; only Redoc's two slots may be in the template.
  const expressions = template.match(/\{\{/g)?.length ?? 0;
  if (expressions !== 2) throw new Error(`Redoc template for ${page.api.spec} has stray "{{" sequences`);
  return template;
}
