import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Fault, Phase, SeenRequest } from "./fault";
import type { Answer, Incoming, Route, ServerState, Target } from "./target";

/** Safety limits: the server answers at most this many requests and closes itself after this long. */
const MAX_REQUESTS = 100;
const LIFETIME_MS = 40_000;

/** A running fault server. */
export interface FaultServer {
  readonly url: string;
  readonly seen: readonly SeenRequest[];
  readonly state: ServerState;
  /** Stops listening: new connections are refused. */
  goDown(): Promise<void>;
  /** Tells the server a connection was refused; after `fault.times` refusals it listens again. */
  noteRefused(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 that answers like `target` and misbehaves with `fault` in `phase`. */
export async function startFaultServer(target: Target, phase: Phase, fault?: Fault): Promise<FaultServer> {
  const state: ServerState = { created: 0, jobs: new Set(), clockOffsetMs: 0 };
  const seen: SeenRequest[] = [];
  const waits = new Set<() => void>();
  let remaining = fault?.times ?? 0;
  let refusals = 0;
  let closed = false;
  const server = createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
  const goDown = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  const date = () => new Date(Date.now() + state.clockOffsetMs).toUTCString();
  const close = async () => {
    closed = true;
    for (const wake of waits) wake();
    await goDown();
  };
  const lifetime = setTimeout(() => void close(), LIFETIME_MS);
  lifetime.unref();
  const wait = (ms: number) =>
    new Promise<boolean>((resolve) => {
      if (closed) return resolve(false);
      const wake = () => {
        clearTimeout(timer);
        waits.delete(wake);
        resolve(!closed);
      };
      const timer = setTimeout(wake, ms);
      waits.add(wake);
    });

  const hits = (route: Route) =>
    fault !== undefined &&
    !fault.refuse &&
    remaining > 0 &&
    (fault.phase === undefined || fault.phase === phase) &&
    (phase === "create" ? route.role === "create" : route.role === "read" && state.created > 0);
  // The refused fault takes the server down right after the last answer before its phase.
  const downAfter = (route: Route) =>
    fault?.refuse === true &&
    (phase === "create"
      ? route.operation === target.lastReadBeforeCreate && state.created === 0
      : route.role === "create" && state.created > 0);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (seen.length >= MAX_REQUESTS || closed) {
      req.socket.destroy();
      return;
    }
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const route = target.route(req.method ?? "", path);
    const headersOnly: Incoming = { method: req.method ?? "", path, headers: req.headers, body: "" };
    const entry: SeenRequest = {
      operation: route?.operation ?? `unknown ${req.method} ${path}`,
      role: route?.role ?? "read",
      identity: target.identity(headersOnly),
      signedAt: target.signedAt(headersOnly),
      at: performance.now(),
      disposition: "pending",
      ran: false,
    };
    seen.push(entry);
    const read = async (): Promise<Incoming> => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      return { ...headersOnly, body: Buffer.concat(chunks).toString("utf8") };
    };
    // With the server about to go down, no connection is kept alive: a client would otherwise
    // reuse one the server is closing, and its request would be lost in flight, not refused.
    const noKeepAlive = fault?.refuse ? { connection: "close" } : {};
    const send = (answer: Answer) => {
      if (res.headersSent || res.destroyed) return;
      res.writeHead(answer.status, { ...answer.headers, date: date(), ...noKeepAlive });
      res.end(answer.body);
      if (entry.disposition === "pending") entry.disposition = `answered ${answer.status}`;
    };
    const run = (request: Incoming) => {
      const before = state.created;
      const answer = target.answer(route as Route, request, state);
      entry.ran = state.created > before;
      return answer;
    };
    if (!route) {
      await read();
      send({ status: 404, headers: { "content-type": "text/plain" }, body: `no route ${path}` });
      return;
    }
    if (isSkewed(entry)) {
      await read();
      entry.disposition = "skew-rejected";
      send(target.skewRejection());
      return;
    }
    if (hits(route) && fault?.handle) {
      remaining -= 1;
      await fault.handle({ route, target, state, req, res, seen: entry, read, run, send, date, wait });
      return;
    }
    const answer = run(await read());
    if (downAfter(route)) res.once("finish", () => void goDown());
    send(answer);
  }

  // Once the clock-skew fault has set the server's clock, every signature must match it.
  function isSkewed(entry: SeenRequest): boolean {
    if (state.clockOffsetMs === 0 || entry.signedAt === undefined) return false;
    return Math.abs(entry.signedAt - (Date.now() + state.clockOffsetMs)) > target.skewWindowMs;
  }

  // A create that nothing precedes meets a server that is down from the start.
  if (fault?.refuse && phase === "create" && target.lastReadBeforeCreate === undefined) await goDown();
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    state,
    goDown,
    async noteRefused() {
      refusals += 1;
      if (!closed && !server.listening && refusals >= (fault?.times ?? 0)) await listen(port);
    },
    async close() {
      clearTimeout(lifetime);
      await close();
    },
  };
}
