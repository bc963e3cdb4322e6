// A scripted fake of all five APIs on 127.0.0.1 (node:http, port 0), for running the CLI for real:
// each create answers as its spec says, each poll answers "still creating" a set number of times,
// then "ready" (or "failed", or never ready). It counts TCP connections, so a test can prove that
// nothing was sent at all.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { EVS_CREATED, ncloudVpcCreated, zstackInventory } from "../../support/valid-answers";
import {
  blockSnapshotList,
  CREATED_BLOCK_SNAPSHOT,
  CREATING_BLOCK_SNAPSHOT,
  FINISHED_HISTORY_ENTRY,
  historyPage,
  nasSnapshotList,
  nasVolumeList,
  SEED_NAS_SNAPSHOTS,
  VOLUME_WITH_RESERVE,
} from "../../waiters/support/ncloud-examples";

/** How the fake behaves. */
export interface FakeCloudScript {
  /** Polls answered "still creating" before the final answer (default 0). */
  creatingPolls?: number;
  /** What polls say after that (default `ready`; `creating`: never ready). */
  outcome?: "ready" | "failed" | "creating";
  /** Answer every create with this status and the provider's error body instead. */
  createStatus?: number;
  /** Answer every poll with this status and the provider's error body instead. */
  pollStatus?: number;
  /** Shift the `Date` header by this many milliseconds (for `doctor`). */
  clockOffsetMs?: number;
  /** Hold every create this long before answering (for Ctrl-C before the answer). */
  createDelayMs?: number;
  /** Answer a create whose URL or body holds a key with that status (and the provider's error body). */
  createStatusFor?: Readonly<Record<string, number>>;
  /** Answer the first this many creates 429 with `Retry-After: 1` (bulk's backoff). */
  throttleCreates?: number;
}

/** One request the fake received. */
export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  /** The path with its query string. */
  readonly url: string;
  readonly headers: IncomingMessage["headers"];
  readonly body: string;
}

/** A running fake. */
export interface FakeCloud {
  readonly origin: string;
  readonly requests: readonly FakeRequest[];
  /** TCP connections accepted so far. */
  connections(): number;
  /** Polls answered so far. */
  polls(): number;
  /** Resolves once a matching request has arrived (rejects after 10 s). */
  waitForRequest(match: (request: FakeRequest) => boolean): Promise<FakeRequest>;
  close(): Promise<void>;
}

const ZSTACK_SNAPSHOT = "ec8f396d8a5d48ce8bd949d469c0be62";

/** Starts a fake on a free loopback port. */
export async function startFakeCloud(script: FakeCloudScript = {}): Promise<FakeCloud> {
  const requests: FakeRequest[] = [];
  const arrivals = new Set<() => void>();
  const sockets = new Set<Socket>();
  let connections = 0;
  let polls = 0;
  let throttled = 0;
  let sesName = "my-test-snapshot";
  const state = (): "creating" | "ready" | "failed" => {
    polls += 1;
    if (polls <= (script.creatingPolls ?? 0)) return "creating";
    return script.outcome ?? "ready";
  };
  const handle = (request: FakeRequest, res: ServerResponse) => {
    const { method, path } = request;
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    if (isCreateRequest(request) && throttled < (script.throttleCreates ?? 0)) {
      throttled += 1;
      return send(429, errorBody(path, 429), { "retry-after": "1" });
    }
    const failFor = Object.entries(script.createStatusFor ?? {}).find(
      ([key]) => isCreateRequest(request) && (request.url.includes(key) || request.body.includes(key)),
    );
    if (failFor) return send(failFor[1], errorBody(path, failFor[1]));
    const failWith = isCreateRequest(request) ? script.createStatus : script.pollStatus;
    if (failWith !== undefined && !/\/getNas/.test(path)) return send(failWith, errorBody(path, failWith));
    // NAVER Cloud Classic NAS: the capacity guard's two reads, then the create (done at once).
    if (path.endsWith("/getNasVolumeInstanceList"))
      return send(200, { getNasVolumeInstanceListResponse: nasVolumeList([VOLUME_WITH_RESERVE]) });
    if (path.endsWith("/getNasVolumeSnapshotList"))
      return send(200, { getNasVolumeSnapshotListResponse: nasSnapshotList(SEED_NAS_SNAPSHOTS) });
    if (path.endsWith("/createNasVolumeSnapshot"))
      return send(200, { createNasVolumeSnapshotResponse: nasSnapshotList(SEED_NAS_SNAPSHOTS) });
    // NAVER Cloud VPC block storage.
    if (path.endsWith("/createBlockStorageSnapshotInstance")) return send(200, ncloudVpcCreated());
    if (path.endsWith("/getBlockStorageSnapshotInstanceDetail")) {
      const now = state();
      const code = now === "ready" ? "CREAT" : now === "failed" ? "TERMT" : "INIT";
      const item = now === "ready" ? CREATED_BLOCK_SNAPSHOT : CREATING_BLOCK_SNAPSHOT;
      return send(200, {
        getBlockStorageSnapshotInstanceDetailResponse: blockSnapshotList({
          ...item,
          // TERMT is not in the spec's enum: the failed case tests that the CLI reports what it gets.
          blockStorageSnapshotInstanceStatus: { code: code as "CREAT", codeName: code },
        }),
      });
    }
    // NAVER Cloud Search Engine.
    if (path.includes("/snapshot/createSnapshot/")) {
      sesName = (JSON.parse(request.body || "{}") as { snapshotName?: string }).snapshotName ?? sesName;
      return send(200, {
        code: 0,
        message: "SUCCESS",
        result: true,
        requestId: "7a1de0c4-6b3f-4f61-9d0a-3c5e2b1f8a90",
      });
    }
    if (path.includes("/snapshot/getSnapshotHistory/")) {
      const now = state();
      const entry =
        now === "ready"
          ? { ...FINISHED_HISTORY_ENTRY, snapshotName: sesName }
          : now === "failed"
            ? { ...FINISHED_HISTORY_ENTRY, snapshotName: sesName, message: "FAILED", hasErrorLog: true }
            : { ...FINISHED_HISTORY_ENTRY, snapshotName: sesName, message: "IN_PROGRESS", duration: "" };
      return send(200, historyPage([entry]));
    }
    // Huawei Cloud EVS: the create's 202, its job, then the snapshot.
    if (method === "POST" && /\/v5\/[^/]+\/snapshots$/.test(path)) return send(202, EVS_CREATED);
    if (/\/v1\/[^/]+\/jobs\//.test(path)) {
      return send(200, {
        status: "SUCCESS",
        entities: {},
        job_id: EVS_CREATED.job_id,
        begin_time: "2025-03-01T08:15:30.120Z",
        end_time: "2025-03-01T08:16:02.480Z",
        error_code: null,
        fail_reason: null,
      });
    }
    if (/\/v5\/[^/]+\/snapshots\/[^/]+$/.test(path)) {
      const now = state();
      const status = now === "ready" ? "available" : now === "failed" ? "error" : "creating";
      return send(200, {
        snapshot: {
          id: EVS_CREATED.snapshot_id,
          name: "before-migration",
          volume_id: "2c194dde-7de5-4529-a141-49f48181f411",
          status,
          size: 40,
          created_at: "2025-03-01T08:15:30.000000",
        },
      });
    }
    // ZStack: the create's 202, its job (the new snapshot still Creating), then the snapshot.
    if (method === "POST" && path.endsWith("/volume-snapshots")) {
      const job = String(request.headers["x-job-uuid"] ?? "0".repeat(32));
      return send(202, { location: `http://${request.headers.host}/zstack/v1/api-jobs/${job}` });
    }
    if (path.startsWith("/zstack/v1/api-jobs/"))
      return send(200, { inventory: zstackInventory({ uuid: ZSTACK_SNAPSHOT, status: "Creating" }) });
    if (path.startsWith("/zstack/v1/volume-snapshots/")) {
      const now = state();
      const status = now === "ready" ? "Ready" : now === "failed" ? "Deleted" : "Creating";
      return send(200, { inventories: [zstackInventory({ uuid: ZSTACK_SNAPSHOT, status })] });
    }
    if (path === "/zstack/v1/accounts/login" && method === "PUT") {
      return send(200, {
        inventory: {
          uuid: "5d3d9ec5b5b0407c8a2a1d0f5b8e7c61",
          accountUuid: "36c27e8ff05c4780bf6d2fa65700f22e",
          userUuid: "36c27e8ff05c4780bf6d2fa65700f22e",
          expiredDate: "Jun 7, 2099 9:20:17 PM",
          createDate: "Jun 7, 2017 9:20:17 PM",
        },
      });
    }
    if (path.startsWith("/zstack/v1/accounts/sessions/")) return send(200, {});
    return send(404, { error: { code: "NOT_FOUND", message: `the fake has no ${method} ${path}` } });
  };
  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const request = {
        method: req.method ?? "GET",
        path: url.pathname,
        url: `${url.pathname}${url.search}`,
        headers: req.headers,
        body,
      };
      requests.push(request);
      if (script.clockOffsetMs !== undefined) {
        res.setHeader("date", new Date(Date.now() + script.clockOffsetMs).toUTCString());
      }
      for (const notify of [...arrivals]) notify();
      const delay = isCreateRequest(request) ? (script.createDelayMs ?? 0) : 0;
      if (delay > 0) setTimeout(() => handle(request, res), delay).unref();
      else handle(request, res);
    });
  });
  server.on("connection", (socket: Socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    connections: () => connections,
    polls: () => polls,
    waitForRequest: (match) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          arrivals.delete(check);
          reject(new Error("no matching request within 10 s"));
        }, 10_000);
        const check = () => {
          const found = requests.find(match);
          if (!found) return;
          clearTimeout(timer);
          arrivals.delete(check);
          resolve(found);
        };
        arrivals.add(check);
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Whether a request is one of the five creates. */
export function isCreateRequest({ method, path }: Pick<FakeRequest, "method" | "path">): boolean {
  return (
    /\/(createBlockStorageSnapshotInstance|createNasVolumeSnapshot)$/.test(path) ||
    path.includes("/snapshot/createSnapshot/") ||
    (method === "POST" && /\/v5\/[^/]+\/snapshots$/.test(path)) ||
    (method === "POST" && /\/zstack\/v1\/volumes\/[^/]+\/volume-snapshots$/.test(path))
  );
}

/** The provider's own error body for a status, so the CLI can show its code and message. */
function errorBody(path: string, status: number): unknown {
  const message = status === 401 ? "Authentication Failed" : status === 404 ? "Not found" : "Failure";
  if (path.startsWith("/v5/") || path.startsWith("/v1/"))
    return { error: { code: `EVS.${status}0`, message } };
  if (path.startsWith("/zstack/"))
    return { error: { code: "SYS.1000", description: message, details: message } };
  return { error: { errorCode: String(status === 401 ? 200 : status), message } };
}
