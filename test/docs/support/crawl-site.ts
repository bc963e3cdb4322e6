import type { BrowserContext, Page } from "playwright-core";
import type { NetworkGuard } from "./network-guard";
import { discoverOperationRoutes } from "./redoc-page";

/** A link as written in a page and as the browser resolved it. */
export interface PageLink {
  readonly href: string;
  readonly url: string;
}

/** What one page held and how it behaved. */
export interface PageVisit {
  /** Path under the site root, e.g. `getting-started/zstack.html`. */
  readonly path: string;
  readonly title: string;
  readonly links: PageLink[];
  /** Element ids and `<a name>` anchors, for checking `#fragment` links. */
  readonly anchors: Set<string>;
  /** Whether this is a Redoc page, whose `#/…` fragments are routes of its app. */
  readonly isRedoc: boolean;
  /** Console errors, uncaught exceptions and CSP violations. */
  readonly errors: string[];
}

/** Called once per page after it loaded and settled, e.g. to take a screenshot. */
export type OnPage = (page: Page, visit: PageVisit) => Promise<void>;

/**
 * Visits every page reachable from `start` by internal links, `concurrency` tabs at a time. Redoc
 * pages are given time to hydrate (their sidebar is opened), so the links collected are the live ones.
 */
export async function crawlSite(
  context: BrowserContext,
  origin: string,
  start: string,
  guard: NetworkGuard,
  onPage: OnPage,
  concurrency = 3,
): Promise<Map<string, PageVisit>> {
  const visits = new Map<string, PageVisit>();
  const seen = new Set([start]);
  const queue = [start];
  let active = 0;
  // Idle workers wait here until another finishes a page (which may have queued new links).
  let idle: Array<() => void> = [];
  const wake = () => {
    const waiting = idle;
    idle = [];
    for (const resolve of waiting) resolve();
  };
  const worker = async () => {
    const page = await context.newPage();
    let errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
    try {
      for (;;) {
        const path = queue.shift();
        if (path === undefined) {
          if (active === 0) break;
          await new Promise<void>((resolve) => idle.push(resolve));
          continue;
        }
        active += 1;
        try {
          errors = [];
          const visit = await visitPage(page, origin, path, guard, () => errors);
          visits.set(path, visit);
          await onPage(page, visit);
          for (const link of visit.links) {
            const target = sitePath(link.url, origin);
            if (target === undefined || !target.endsWith(".html") || seen.has(target)) continue;
            seen.add(target);
            queue.push(target);
          }
        } finally {
          active -= 1;
          wake();
        }
      }
    } finally {
      wake();
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return visits;
}

async function visitPage(
  page: Page,
  origin: string,
  path: string,
  guard: NetworkGuard,
  errors: () => string[],
): Promise<PageVisit> {
  const response = await page.goto(`${origin}/${path}`, { waitUntil: "load" });
  if (response?.status() !== 200) errors().push(`HTTP ${response?.status() ?? "no response"}`);
  const isRedoc = (await page.locator("#redoc").count()) > 0;
  if (isRedoc) {
    // Waits for the app to hydrate and opens every sidebar group, so all its links are collected.
    await discoverOperationRoutes(page);
    await page.evaluate(() => {
      location.hash = "#/";
    });
  }
  const { title, links, anchors } = await page.evaluate(() => ({
    title: document.title,
    links: [...document.querySelectorAll<HTMLAnchorElement>("a[href]")].map((a) => ({
      href: a.getAttribute("href") ?? "",
      url: a.href,
    })),
    anchors: [
      ...[...document.querySelectorAll("[id]")].map((element) => element.id),
      ...[...document.querySelectorAll("a[name]")].map((a) => a.getAttribute("name") ?? ""),
    ],
  }));
  const problems = [...errors(), ...(await guard.cspViolations(page))];
  return { path, title, links, anchors: new Set(anchors), isRedoc, errors: problems };
}

/** The site path of an internal URL (`http://127.0.0.1:1234/api/index.html#x` → `api/index.html`). */
export function sitePath(url: string, origin: string): string | undefined {
  const parsed = new URL(url);
  if (parsed.origin !== origin) return undefined;
  const path = decodeURIComponent(parsed.pathname).replace(/^\//, "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}
