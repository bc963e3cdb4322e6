import type { BrowserContext, Page, Request } from "playwright-core";

/** What the guard saw leave, or try to leave, the allowed origin. */
export interface NetworkGuard {
  /** Every request (HTTP, WebSocket) to anywhere but the allowed origin, as `<url> (from <page>)`. */
  readonly blocked: string[];
  /** Content-Security-Policy violations reported in any page, as `<directive> <blocked URI> (in <page>)`. */
  cspViolations(page: Page): Promise<string[]>;
}

const RECORDER = "__cloudsnapCspViolations";

/**
 * Lets a context talk only to `allowedOrigin` (the loopback test server): every other request is
 * aborted before it leaves and recorded, so a test can assert that none was attempted. `data:` and
 * `blob:` URLs never reach the network and are allowed.
 */
export async function guardNetwork(context: BrowserContext, allowedOrigin: string): Promise<NetworkGuard> {
  const blocked: string[] = [];
  const allowed = (url: string) => url.startsWith(`${allowedOrigin}/`) || /^(data|blob):/.test(url);
  await context.route(
    () => true,
    (route) => {
      const request = route.request();
      if (allowed(request.url())) return route.continue();
      blocked.push(`${request.url()} (from ${origin(request)})`);
      return route.abort("blockedbyclient");
    },
  );
  await context.routeWebSocket(
    () => true,
    (socket) => {
      blocked.push(`${socket.url()} (WebSocket)`);
      return socket.close();
    },
  );
  // A request the router never saw (e.g. started by a service worker) still shows up here.
  context.on("request", (request) => {
    const entry = `${request.url()} (from ${origin(request)})`;
    if (!allowed(request.url()) && !blocked.includes(entry)) blocked.push(entry);
  });
  await context.addInitScript((key: string) => {
    const seen: string[] = [];
    Object.defineProperty(window, key, { value: seen });
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(
        `${event.violatedDirective} ${event.blockedURI || "(inline)"} ${event.lineNumber}:${event.columnNumber} ${event.sample}`,
      );
    });
  }, RECORDER);
  return {
    blocked,
    cspViolations: async (page) =>
      (
        await page.evaluate((key) => (window as unknown as Record<string, string[]>)[key] ?? [], RECORDER)
      ).map((entry) => `${entry} (in ${page.url()})`),
  };
}

/** The page a request came from; service-worker requests have no frame. */
function origin(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return "a service worker";
  }
}
