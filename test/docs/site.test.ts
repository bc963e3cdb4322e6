// The docs site in a real browser: every page reachable and error-free, every internal link and
// fragment resolves, every operation and example of every spec is on its Redoc page, and nothing
// is requested from anywhere but the loopback server. Build the site first: `pnpm docs:build`.
import { existsSync } from "node:fs";
import { mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { specPages } from "../../scripts/docs/site-map";
import { type Browser, launchChromium } from "./support/chromium";
import { crawlSite, type PageVisit, sitePath } from "./support/crawl-site";
import { guardNetwork, type NetworkGuard } from "./support/network-guard";
import { checkOperation, discoverOperationRoutes, findBrokenRoutes } from "./support/redoc-page";
import { type ExpectedOperation, expectedOperations } from "./support/spec-expectations";
import { type StaticServer, serveDirectory } from "./support/static-server";

const SITE_DIR = fileURLToPath(new URL("../../site/", import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL("../artifacts/docs/", import.meta.url));

let server: StaticServer;
let browser: Browser;
let guard: NetworkGuard;
let visits: Map<string, PageVisit>;

beforeAll(async () => {
  if (!existsSync(join(SITE_DIR, "index.html"))) {
    throw new Error("site/ has not been built: run `pnpm docs:build` first (turbo runs it before test:docs)");
  }
  await rm(SCREENSHOTS, { recursive: true, force: true });
  await mkdir(SCREENSHOTS, { recursive: true });
  server = await serveDirectory(SITE_DIR);
  browser = await launchChromium();
  guard = await guardNetwork(browser.context, server.origin);
  visits = await crawlSite(browser.context, server.origin, "index.html", guard, async (page, visit) => {
    // Every page is crawled and checked; only the guides and spec pages are photographed. The ~200
    // TypeDoc pages share one template, and a full-page shot of each cost about 80 s of the run.
    if (visit.path.startsWith("api/")) return;
    await page.screenshot({
      path: join(SCREENSHOTS, `${visit.path.replaceAll("/", "__")}.png`),
      fullPage: true,
    });
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the docs site", () => {
  it("reaches every HTML page of site/ from the index; none logs an error or breaks its CSP", async () => {
    const files = (await readdir(SITE_DIR, { recursive: true }))
      .map((file) => file.split("\\").join("/"))
      .filter((file) => file.endsWith(".html"))
      .sort();
    expect([...visits.keys()].sort()).toEqual(files);
    const broken = [...visits.values()].filter((visit) => visit.errors.length > 0);
    expect(broken.map((visit) => `${visit.path}: ${visit.errors.join("; ")}`)).toEqual([]);
    expect([...visits.values()].filter((visit) => visit.title.trim() === "").map((v) => v.path)).toEqual([]);
  });

  it("resolves every internal link to a file that exists, and every #fragment to its target", async () => {
    const problems: string[] = [];
    const status = new Map<string, number>();
    const redocRoutes = new Map<string, Map<string, Set<string>>>();
    for (const visit of visits.values()) {
      for (const link of visit.links) {
        const target = sitePath(link.url, server.origin);
        if (target === undefined) continue;
        if (!status.has(target)) {
          status.set(
            target,
            (await fetch(`${server.origin}/${encodeURI(target)}`, { method: "HEAD" })).status,
          );
        }
        if (status.get(target) !== 200) {
          problems.push(`${visit.path}: "${link.href}" → HTTP ${status.get(target)}`);
          continue;
        }
        const fragment = decodeURIComponent(new URL(link.url).hash.slice(1));
        const page = visits.get(target);
        if (fragment === "") continue;
        if (page?.isRedoc && fragment.startsWith("/")) {
          // `#/tag/operation` is a route of Redoc's app, optionally followed by `#anchor` inside it.
          const [route = "", anchor] = fragment.slice(1).split("#");
          const routes = redocRoutes.get(target) ?? new Map<string, Set<string>>();
          redocRoutes.set(target, routes);
          const anchors = routes.get(route) ?? new Set<string>();
          routes.set(route, anchors);
          if (anchor) anchors.add(anchor);
        } else if (!page?.anchors.has(fragment)) {
          problems.push(`${visit.path}: "${link.href}" has no #${fragment} on ${target}`);
        }
      }
    }
    const tab = await browser.context.newPage();
    try {
      for (const [target, routes] of redocRoutes) {
        problems.push(...(await findBrokenRoutes(tab, `${server.origin}/${target}`, routes)));
      }
    } finally {
      await tab.close();
    }
    expect(problems).toEqual([]);
    expect(server.notFound).toEqual([]);
    // The links really were followed: to the guides, every spec page and its YAML, the API reference.
    expect([...status.keys()]).toEqual(
      expect.arrayContaining(specPages().flatMap((p) => [p.path, p.yamlPath])),
    );
    expect(status.size).toBeGreaterThan(visits.size);
    expect([...redocRoutes.keys()].sort()).toEqual(
      specPages()
        .map((p) => p.path)
        .sort(),
    );
  }, 180_000);

  // Each spec page in its own tab, a few at a time: they only read from the shared browser.
  it.concurrent.for(specPages())(
    "shows every operation of $api.spec under its operationId and summary, with every example",
    { timeout: 180_000 },
    async (spec, { expect }) => {
      const page = await browser.context.newPage();
      try {
        const operations = expectedOperations(spec.api.spec);
        expect(operations.length).toBeGreaterThan(0);
        expect(await checkSpecPage(page, `${server.origin}/${spec.path}`, operations)).toEqual([]);
        // What the page shows names the provider's documents, never the project's internal ones.
        // biome-ignore lint/performance/useDomNodeTextContent: textContent would also read the inlined Redoc bundle and its spec state; only rendered text counts here.
        const shown = await page.evaluate(() => document.body.innerText);
        expect(shown.match(/\bseed[^\n]{0,40}|\bour own\b|providers\.md/gi) ?? []).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it("reports what is not on a Redoc page (the check can fail)", async () => {
    const spec = specPages().find((p) => p.provider === "zstack");
    if (!spec) throw new Error("no ZStack spec page");
    const [first, ...rest] = expectedOperations(spec.api.spec);
    if (!first) throw new Error("the ZStack spec has no operations");
    const [status, media] = [...first.responses].find(([, m]) => m.size > 0) ?? [];
    const [mediaType, examples] = [...(media ?? [])][0] ?? [];
    if (!status || !mediaType || !examples?.[0]) throw new Error("no response example to tamper with");
    const tampered: ExpectedOperation[] = [
      { ...first, operationId: "noSuchOperation" },
      {
        ...first,
        summary: "A summary the page does not show",
        responses: new Map([
          [
            status,
            new Map([[mediaType, [{ ...examples[0], value: { tampered: true } }, ...examples.slice(1)]]]),
          ],
          ["299", new Map()],
        ]),
      },
      ...rest
        .filter((op) => op.request.size > 0)
        .slice(0, 1)
        .map((op) => ({
          ...op,
          request: new Map([
            ["application/json", [{ name: "ghost", label: "An example nobody wrote", value: {} }]],
          ]),
        })),
    ];
    const page = await browser.context.newPage();
    try {
      const problems = (await checkSpecPage(page, `${server.origin}/${spec.path}`, tampered)).join("\n");
      expect(problems).toContain("noSuchOperation: not in the sidebar");
      expect(problems).toContain('heading "A summary the page does not show" not shown');
      expect(problems).toContain(`${first.operationId} ${status} ${mediaType} "${examples[0].label}": shows`);
      expect(problems).toContain(`${first.operationId} 299: no response tab`);
      expect(problems).toMatch(/ request application\/json "An example nobody wrote": shows /);
      const url = `${server.origin}/${spec.path}`;
      const routes = await findBrokenRoutes(page, url, new Map([["no-such-tag/nothing", new Set<string>()]]));
      expect(routes).toEqual([`${url}#/no-such-tag/nothing: Redoc has no such page`]);
    } finally {
      await page.close();
    }
  }, 120_000);

  it("renders the One call for every cloud and CLI pages, linked from the index and every page's header", async () => {
    const pages = [
      {
        path: "one-call.html",
        heading: "One call for every cloud",
        must: ["createSnapshot", "waitForSnapshot", "zstack:e60a0fb0b75743c1b0fcb017e31db043"],
      },
      {
        path: "cli.html",
        heading: "The cloudsnap command",
        must: ["Exit codes", "cloudsnap wait", "--dry-run", "cli-events.schema.json"],
      },
    ];
    for (const { path, heading, must } of pages) {
      const visit = visits.get(path);
      expect(visit, path).toBeDefined();
      expect(visit?.errors, path).toEqual([]);
      for (const from of ["index.html", "getting-started/zstack.html", "errors-and-retries.html"]) {
        const linked = visits.get(from)?.links.some((link) => sitePath(link.url, server.origin) === path);
        expect(linked, `${from} links to ${path}`).toBe(true);
      }
      const tab = await browser.context.newPage();
      try {
        await tab.goto(`${server.origin}/${path}`, { waitUntil: "load" });
        expect((await tab.locator("h1").first().textContent())?.trim()).toBe(heading);
        // biome-ignore lint/performance/useDomNodeTextContent: what counts is the text a reader sees.
        const shown = await tab.evaluate(() => document.body.innerText);
        for (const text of must) expect(shown, `${path} shows ${text}`).toContain(text);
        // The examples are rendered as code, one block per example or command at least.
        expect(await tab.locator("pre code").count()).toBeGreaterThanOrEqual(3);
      } finally {
        await tab.close();
      }
    }
    // The index links both by name, not only through the header.
    const index =
      visits.get("index.html")?.links.filter((link) => /one-call\.html|cli\.html/.test(link.url)) ?? [];
    expect(index.length).toBeGreaterThanOrEqual(4);
  });

  it("sent no request anywhere but the loopback server, from any page", () => {
    expect(guard.blocked).toEqual([]);
    expect(server.requested.length).toBeGreaterThan(visits.size);
  });
});

/** Opens a Redoc page and checks each expected operation; returns every problem found. */
async function checkSpecPage(
  page: Page,
  url: string,
  operations: readonly ExpectedOperation[],
): Promise<string[]> {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(url, { waitUntil: "load" });
  const routes = await discoverOperationRoutes(page);
  const problems: string[] = [];
  for (const op of operations) {
    const link = routes.find((route) => route.route.split("/").pop() === op.operationId.toLowerCase());
    if (!link) {
      problems.push(`${op.operationId}: not in the sidebar`);
      continue;
    }
    if (link.label !== op.summary && link.label !== `${op.summary}${op.method}`) {
      problems.push(`${op.operationId}: sidebar says "${link.label}", the spec's summary is "${op.summary}"`);
    }
    problems.push(...(await checkOperation(page, link.route, op)));
  }
  const extra = routes.filter(
    (r) => !operations.some((op) => r.route.split("/").pop() === op.operationId.toLowerCase()),
  );
  if (extra.length > 0) {
    problems.push(`sidebar lists operations the spec does not have: ${extra.map((r) => r.route).join(", ")}`);
  }
  return [...problems, ...errors, ...(await guard.cspViolations(page))];
}
