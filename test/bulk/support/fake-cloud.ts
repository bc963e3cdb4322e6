// A loopback fake of the five snapshot APIs that enforces a rate limit per account, for the bulk
// proofs (test/bulk) and `pnpm bench` (bench/bulk). One node:http server on 127.0.0.1 answers like
// every provider (pass its origin as `endpoint`), names the calling account from its credentials,
// refuses requests above R a second with that provider's own throttling answer, and keeps every
// snapshot a create made (recorded when the request arrives), so lookups work and duplicates show.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { huaweiCloudFake } from "./fake-huaweicloud";
import { ncloudFake } from "./fake-ncloud";
import { zstackFake } from "./fake-zstack";
import { seededRandom } from "./seeded-random";
import { type Answer, type FakeRequest, type ProviderFake, Store, text } from "./store";
import { TokenBucket } from "./token-bucket";

/** Creates answered late: recorded on arrival, answered `minMs`–`maxMs` later (uncertain creates). */
export interface SlowCreates {
  /** The share of creates answered late, 0 to 1. */
  readonly share: number;
  readonly minMs: number;
  readonly maxMs: number;
}

/** How the fake behaves; `configure` changes it between runs. */
export interface FakeCloudOptions {
  /** Requests per second per account: creates, lists, polls and logins alike. */
  readonly rate: number;
  /** Requests an account that has been idle may send at once (default: `rate`). */
  readonly burst?: number;
  readonly slow?: SlowCreates;
  /** Seed of the slow-create draw. */
  readonly seed?: number;
}

/** One account's traffic as the fake saw it. */
export interface AccountCount {
  readonly account: string;
  /** Requests answered (throttled ones not included). */
  readonly requests: number;
  readonly throttled: number;
  readonly creates: number;
  /** Answered requests per second between the first and the last one. */
  readonly achievedRate: number;
  readonly activeMs: number;
}

/** Snapshots per target: each should have exactly one. */
export interface Audit {
  readonly targets: number;
  readonly snapshots: number;
  readonly duplicates: readonly { readonly target: string; readonly count: number }[];
  readonly missing: readonly string[];
  /** Snapshots of volumes not in the list. */
  readonly stray: number;
}

export interface FakeCloud {
  readonly origin: string;
  readonly store: Store;
  configure(options: Partial<FakeCloudOptions>): void;
  accounts(): AccountCount[];
  /** Checks every target (`<api>:<volume>[?…]`) has exactly one snapshot. */
  audit(targets: Iterable<string>): Audit;
  /** Forgets snapshots, jobs, sessions and counters. */
  reset(): void;
  close(): Promise<void>;
}

const PROVIDERS: readonly ProviderFake[] = [ncloudFake, huaweiCloudFake, zstackFake];

interface Traffic {
  bucket: TokenBucket;
  requests: number;
  throttled: number;
  creates: number;
  first: number;
  last: number;
}

/** Starts the fake on 127.0.0.1, port 0. */
export async function startFakeCloud(initial: FakeCloudOptions): Promise<FakeCloud> {
  let options = initial;
  let random = seededRandom(options.seed ?? 1);
  const store = new Store();
  const traffic = new Map<string, Traffic>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let origin = "";

  const trafficOf = (account: string, now: number): Traffic => {
    let entry = traffic.get(account);
    if (!entry) {
      const bucket = new TokenBucket(options.rate, options.burst ?? options.rate, now);
      entry = { bucket, requests: 0, throttled: 0, creates: 0, first: now, last: now };
      traffic.set(account, entry);
    }
    return entry;
  };

  const handle = (request: FakeRequest): { answer: Answer; delayMs: number } => {
    for (const provider of PROVIDERS) {
      for (const route of provider.routes) {
        if (route.method !== request.method) continue;
        const match = route.pattern.exec(request.path);
        if (!match) continue;
        const id = provider.identify(request, store);
        if (id === undefined) return { answer: provider.unauthenticated(), delayMs: 0 };
        const account = `${provider.provider}:${id}`;
        const now = performance.now();
        const entry = trafficOf(account, now);
        const waitMs = entry.bucket.take(now);
        if (waitMs > 0) {
          entry.throttled += 1;
          return {
            answer: provider.throttled(Math.max(1, Math.ceil(waitMs / 1000)), options.rate),
            delayMs: 0,
          };
        }
        if (entry.requests === 0) entry.first = now;
        entry.requests += 1;
        entry.last = now;
        const slow = route.create ? options.slow : undefined;
        const delayMs =
          slow && random() < slow.share ? Math.round(slow.minMs + random() * (slow.maxMs - slow.minMs)) : 0;
        if (route.create) entry.creates += 1;
        const answer = route.answer(request, match, { store, account, now, delayMs, origin });
        return { answer, delayMs };
      }
    }
    return { answer: text(404, `no api mapping to ${request.path}`), delayMs: 0 };
  };

  const respond = (res: ServerResponse, answer: Answer) => {
    if (res.destroyed) return;
    res.writeHead(answer.status, { ...answer.headers, "content-length": Buffer.byteLength(answer.body) });
    res.end(answer.body);
  };

  const server = createServer({ keepAlive: true }, (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("error", () => undefined);
    res.on("error", () => undefined);
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      let result: { answer: Answer; delayMs: number };
      try {
        result = handle({
          method: req.method ?? "GET",
          path: url.pathname,
          query: url.searchParams,
          headers: req.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        });
      } catch (error) {
        result = { answer: text(500, `fake cloud: ${String(error)}`), delayMs: 0 };
      }
      if (result.delayMs === 0) return respond(res, result.answer);
      const timer = setTimeout(() => {
        timers.delete(timer);
        respond(res, result.answer);
      }, result.delayMs);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    store,
    configure(changes) {
      options = { ...options, ...changes };
      if (changes.seed !== undefined) random = seededRandom(changes.seed);
    },
    accounts: () =>
      [...traffic.entries()].map(([account, t]) => ({
        account,
        requests: t.requests,
        throttled: t.throttled,
        creates: t.creates,
        activeMs: t.last - t.first,
        achievedRate: t.requests > 1 && t.last > t.first ? ((t.requests - 1) * 1000) / (t.last - t.first) : 0,
      })),
    audit(targets) {
      const duplicates: { target: string; count: number }[] = [];
      const missing: string[] = [];
      const seen = new Set<string>();
      for (const target of targets) {
        const key = targetKey(target);
        seen.add(key);
        const count = store.snapshots.get(key)?.length ?? 0;
        if (count === 0) missing.push(target);
        else if (count > 1) duplicates.push({ target, count });
      }
      let snapshots = 0;
      let stray = 0;
      for (const [key, list] of store.snapshots) {
        snapshots += list.length;
        if (!seen.has(key)) stray += list.length;
      }
      return { targets: seen.size, snapshots, duplicates, missing, stray };
    },
    reset() {
      store.clear();
      traffic.clear();
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `ncloud-ses:1037123?bucket=b` → `ncloud-ses:1037123`, the fake's key of a target's volume. */
export function targetKey(target: string): string {
  const query = target.indexOf("?");
  return query < 0 ? target : target.slice(0, query);
}
