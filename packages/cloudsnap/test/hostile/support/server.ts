// A fake API server on 127.0.0.1 (port 0) for the hostile suites: it records every request it reads
// and answers each with whatever the test's handler says, including answers no real API would give.

import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the server read it. */
export interface Seen {
  readonly method: string;
  /** The path as sent (still percent-encoded), without the query. */
  readonly path: string;
  /** The query as sent, with its `?`, or `""`. */
  readonly search: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** What the server sends back: an answer, or (for "destroy") a dropped connection. */
export type Reply =
  | { readonly status: number; readonly headers?: Readonly<Record<string, string>>; readonly body?: string }
  | "destroy";

/** Answers one request; may wait (bounded by the test) before answering. */
export type Handler = (request: Seen) => Reply | Promise<Reply>;

/** A running fake server. */
export interface FakeServer {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  readonly port: number;
  /** Every request read so far, in arrival order. */
  readonly seen: Seen[];
  handler: Handler;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 on a free port; every test closes it (see `closeAll`). */
export async function startServer(handler: Handler = () => ({ status: 404, body: "" })): Promise<FakeServer> {
  const seen: Seen[] = [];
  let server: Server;
  const fake: FakeServer = {
    origin: "",
    port: 0,
    seen,
    handler,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const request: Seen = {
        method: req.method ?? "GET",
        path: (req.url ?? "/").split("?")[0] ?? "/",
        search: url.search,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      seen.push(request);
      let reply: Reply;
      try {
        reply = await fake.handler(request);
      } catch (error) {
        reply = { status: 599, body: `handler failed: ${String(error)}` };
      }
      if (reply === "destroy") {
        req.socket.destroy();
        return;
      }
      res.writeHead(reply.status, { ...reply.headers });
      res.end(reply.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  Object.assign(fake, { origin: `http://127.0.0.1:${port}`, port });
  return fake;
}

const open = new Set<FakeServer>();

/** A server closed by {@link closeAll} (call it in `afterEach`). */
export async function serve(handler?: Handler): Promise<FakeServer> {
  const server = await startServer(handler);
  open.add(server);
  return server;
}

/** Closes every server {@link serve} started. */
export async function closeAll(): Promise<void> {
  const servers = [...open];
  open.clear();
  await Promise.all(servers.map((server) => server.close()));
}

/** A JSON reply. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(value) };
}

/**
 * A barrier for concurrency tests: `arrive()` resolves once `count` callers have arrived, or after
 * `maxMs` (so a test that sends fewer than expected still ends, and then fails on its counts).
 */
export function barrier(count: number, maxMs = 5_000) {
  let arrived = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const timer = setTimeout(open, maxMs);
  return {
    arrive(): Promise<void> {
      arrived += 1;
      if (arrived >= count) {
        clearTimeout(timer);
        open();
      }
      return opened;
    },
    arrived: () => arrived,
  };
}
