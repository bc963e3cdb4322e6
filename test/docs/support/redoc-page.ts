import { isDeepStrictEqual } from "node:util";
import type { Page } from "playwright-core";
import {
  type MediaObservation,
  type MediaPlan,
  type ObservationPlan,
  type OperationObservation,
  observeOperation,
} from "./observe-operation";
import type { ExamplesByMediaType, ExpectedExample, ExpectedOperation } from "./spec-expectations";

const MENU = '[data-component-name="Menu/Menu"]';
const WAIT_MS = 15_000;

/** An operation link in Redoc's sidebar: its hash route (`tag/operationid`) and label. */
export interface RedocRoute {
  readonly route: string;
  readonly label: string;
}

/**
 * Opens every tag group of the sidebar (which also waits for the page to hydrate: only the browser
 * app can expand a group) and returns every operation link it lists.
 */
export async function discoverOperationRoutes(page: Page): Promise<RedocRoute[]> {
  const tags = await page.$$eval(`${MENU} a[href^="#/"]`, (links) =>
    links
      .map((a) => a.getAttribute("href") ?? "")
      .filter((href) => href.length > 2 && !href.slice(2).includes("/")),
  );
  const found = new Map<string, string>();
  for (const tag of tags) {
    await page.evaluate((hash) => {
      location.hash = hash;
    }, tag);
    await page.locator(`${MENU} a[href^="${tag}/"]`).first().waitFor({ state: "attached", timeout: WAIT_MS });
    const links = await page.$$eval(`${MENU} a[href^="${tag}/"]`, (anchors) =>
      anchors.map((a) => [
        a.getAttribute("href") ?? "",
        a.querySelector('[data-testid="menu-item-label"]')?.textContent ?? a.textContent ?? "",
      ]),
    );
    for (const [href, label] of links)
      if (href && label !== undefined) found.set(href.slice(2), label.trim());
  }
  return [...found].map(([route, label]) => ({ route, label }));
}

/**
 * Shows one operation and checks what Redoc renders for it against the spec: the heading is the
 * summary, and every named example of the request body and of every response can be picked by its
 * label and shows its value (a lone example gets no label in Redoc, so its value must show).
 * Returns the problems found; empty when all is well.
 */
export async function checkOperation(page: Page, route: string, op: ExpectedOperation): Promise<string[]> {
  const plan: ObservationPlan = {
    route,
    request: mediaPlan(op.request),
    responses: [...op.responses].map(([status, media]) => ({ status, media: mediaPlan(media) })),
  };
  const seen = await page.evaluate<OperationObservation>(inPage(observeOperation, plan));
  const problems: string[] = [];
  if (!seen.headings.includes(op.summary)) {
    problems.push(
      `${op.operationId}: heading "${op.summary}" not shown (found ${JSON.stringify(seen.headings)})`,
    );
  }
  if (seen.request === null) problems.push(`${op.operationId}: no request samples panel`);
  else compareMedia(op.request, seen.request, `${op.operationId} request`, problems);
  for (const response of seen.responses) {
    const where = `${op.operationId} ${response.status}`;
    if (!response.tab) problems.push(`${where}: no response tab`);
    else compareMedia(op.responses.get(response.status) ?? new Map(), response.media, where, problems);
  }
  return problems;
}

/**
 * The call of a browser-side function with its argument, as source text. Transpilers that keep
 * function names (esbuild's keepNames, used by tsx) wrap functions in a `__name` helper that exists
 * only in Node; the page gets an identity stand-in.
 */
function inPage<A, R>(fn: (arg: A) => Promise<R>, arg: A): string {
  return `(globalThis.__name ??= (f) => f, (${fn.toString()})(${JSON.stringify(arg)}))`;
}

function mediaPlan(byMediaType: ExamplesByMediaType): MediaPlan[] {
  return [...byMediaType].map(([mediaType, examples]) => ({
    mediaType,
    labels: examples.map((e) => e.label),
  }));
}

function compareMedia(
  expected: ExamplesByMediaType,
  seen: readonly MediaObservation[],
  where: string,
  problems: string[],
): void {
  for (const observed of seen) {
    const at = `${where} ${observed.mediaType}`;
    const examples = expected.get(observed.mediaType) ?? [];
    if (!observed.selectable) {
      problems.push(`${at}: the media type picker does not offer it`);
      continue;
    }
    if (expected.size > 1 && !observed.picker)
      problems.push(`${at}: no media type picker for ${expected.size} types`);
    if (observed.offered === null && examples.length > 1) problems.push(`${at}: no example picker`);
    const missing = examples.filter((e) => observed.offered !== null && !observed.offered.includes(e.label));
    if (missing.length > 0)
      problems.push(`${at}: examples not offered: ${missing.map((e) => e.label).join(" | ")}`);
    for (const example of examples) {
      const shown = observed.samples.find((s) => s.label === example.label);
      if (!shown) {
        if (!missing.includes(example)) problems.push(`${at} "${example.label}": not shown`);
        continue;
      }
      const problem = compareSample(shown.text, example);
      if (problem) problems.push(`${at} "${example.label}": ${problem}`);
    }
  }
}

/** The rendered sample against the example: same text for strings, same value for JSON. */
function compareSample(shown: string | null, example: ExpectedExample): string | undefined {
  if (shown === null) return "no sample rendered";
  if (typeof example.value === "string") {
    return normalize(shown) === normalize(example.value) ? undefined : `shows ${excerpt(shown)}`;
  }
  try {
    return isDeepStrictEqual(JSON.parse(shown), example.value) ? undefined : `shows ${excerpt(shown)}`;
  } catch {
    return `sample is not the example's JSON: ${excerpt(shown)}`;
  }
}

function normalize(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function excerpt(text: string): string {
  const flat = normalize(text);
  return flat.length > 160 ? `${flat.slice(0, 160)}…` : flat;
}

/**
 * Opens a Redoc page and follows each hash route (`#/tag/operation`), checking that Redoc renders it
 * (not its "No page at this address" page) and that every in-page anchor linked under it exists.
 * `routes` maps a route (`""` is the overview) to the anchors linked with it. Returns the problems.
 */
export async function findBrokenRoutes(
  page: Page,
  url: string,
  routes: ReadonlyMap<string, ReadonlySet<string>>,
): Promise<string[]> {
  await page.goto(url, { waitUntil: "load" });
  await discoverOperationRoutes(page);
  const problems: string[] = [];
  for (const [route, anchors] of routes) {
    const seen = await page.evaluate(
      async ([target, wanted]): Promise<{ notFound: boolean; missing: string[] }> => {
        location.hash = `#/${target}`;
        const end = performance.now() + 10_000;
        const rendered = () =>
          target === "" ? document.querySelector("#api-content") : document.getElementById(target);
        const missing = () => wanted.filter((id) => document.getElementById(id) === null);
        const notFound = () => document.querySelector(".not-found-page") !== null;
        // Parts of an operation mount a little after its heading, so wait for the anchors too.
        while (!notFound() && (!rendered() || missing().length > 0) && performance.now() < end) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        return { notFound: notFound() || !rendered(), missing: missing() };
      },
      [route, [...anchors]] as const,
    );
    if (seen.notFound) problems.push(`${url}#/${route}: Redoc has no such page`);
    for (const id of seen.missing) problems.push(`${url}#/${route}#${id}: no such anchor`);
  }
  return problems;
}
