import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".yaml": "application/yaml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** A static file server on loopback, and what it was asked for. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Every path requested, in order. */
  readonly requested: string[];
  /** Paths answered 404. */
  readonly notFound: string[];
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 at a free port (GET and HEAD only, nothing outside `root`). It stops by
 * itself after `lifetimeMs` so a crashed test run cannot leave it listening.
 */
export async function serveDirectory(root: string, lifetimeMs = 10 * 60_000): Promise<StaticServer> {
  const base = resolve(root);
  const requested: string[] = [];
  const notFound: string[] = [];
  const server = createServer(async (request, response) => {
    const path = decodePath(request.url ?? "/");
    requested.push(path ?? String(request.url));
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const file = path === undefined ? undefined : await findFile(base, path);
    if (file === undefined) {
      notFound.push(path ?? String(request.url));
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found\n");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": String((await stat(file)).size),
      "cache-control": "no-store",
    });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((ready, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", ready);
  });
  const stopTimer = setTimeout(() => server.close(), lifetimeMs);
  stopTimer.unref();
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    notFound,
    close: () =>
      new Promise<void>((done) => {
        clearTimeout(stopTimer);
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function decodePath(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url, "http://127.0.0.1").pathname);
  } catch {
    return undefined;
  }
}

/** The file for a URL path (`/dir/` → `/dir/index.html`), or `undefined` when there is none. */
async function findFile(base: string, path: string): Promise<string | undefined> {
  const candidate = resolve(join(base, path.endsWith("/") ? `${path}index.html` : path));
  if (candidate !== base && !candidate.startsWith(base + sep)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  return undefined;
}
