// ZStack as the fake answers it: the create answers 202 and a job named by its `X-Job-UUID` (a
// second create with an id the node knows is refused "Duplicate job uuid[…]", as the management
// node does), the job answers 202 until it has run and then 200 with the inventory, and queries
// find snapshots by uuid. The account is the AccessKey id (`ZStack <id>:<signature>`) or the
// account a session (`OAuth <session>`) was opened for; job polls carry no check (RestServer).

import { requireExample } from "../../faults/support/spec-examples";
import {
  type FakeRequest,
  hex32,
  json,
  type ProviderFake,
  type Route,
  type SnapshotRecord,
  type Store,
  text,
} from "./store";

const SPEC = "zstack/volume-snapshots";
const INVENTORY = (
  requireExample(SPEC, "getApiJob", 200, { name: "snapshotCreated" }).value as {
    inventory: Record<string, unknown>;
  }
).inventory;
const SESSION = (requireExample(SPEC, "logInByAccount", 200).value as { inventory: Record<string, unknown> })
  .inventory;
const JOB_UUID = /^[0-9a-f]{32}$/;

const inventory = (record: SnapshotRecord) => ({
  ...INVENTORY,
  uuid: record.id,
  name: record.name,
  volumeUuid: record.volumeId,
  status: "Ready",
});

/** `q=uuid=…` / `q=volumeUuid=…` conditions (the only ones the fake understands). */
function matches(record: SnapshotRecord, conditions: string[]): boolean {
  return conditions.every((condition) => {
    const [field, value] = condition.split("=", 2);
    if (field === "uuid") return record.id === value;
    if (field === "volumeUuid") return record.volumeId === value;
    return false;
  });
}

function query(store: Store, now: number, conditions: string[]): SnapshotRecord[] {
  const found: SnapshotRecord[] = [];
  for (const list of store.snapshots.values()) {
    for (const record of list) {
      if (record.api === "zstack" && record.visibleAt <= now && matches(record, conditions))
        found.push(record);
    }
  }
  return found;
}

const routes: Route[] = [
  {
    operation: "logInByAccount",
    method: "PUT",
    pattern: /^\/zstack\/v1\/accounts\/login$/,
    answer: (request, _match, { store }) => {
      const body = JSON.parse(request.body || "{}") as { logInByAccount?: { accountName?: string } };
      const session = hex32();
      store.sessions.set(session, body.logInByAccount?.accountName ?? "");
      return json(200, { inventory: { ...SESSION, uuid: session } });
    },
  },
  {
    operation: "logOut",
    method: "DELETE",
    pattern: /^\/zstack\/v1\/accounts\/sessions\/([0-9a-f]{32})$/,
    answer: (_request, match, { store }) => {
      store.sessions.delete(match[1] ?? "");
      return json(200, {});
    },
  },
  {
    operation: "createVolumeSnapshot",
    method: "POST",
    pattern: /^\/zstack\/v1\/volumes\/([0-9a-f]{32})\/volume-snapshots$/,
    create: true,
    answer: (request, match, { store, now, account, delayMs, origin }) => {
      const sent = request.headers["x-job-uuid"];
      const job = typeof sent === "string" ? sent : hex32();
      if (!JOB_UUID.test(job))
        return text(400, "Invalid header[X-Job-UUID], it must be a UUID with '-' stripped");
      if (store.jobs.has(job)) {
        store.duplicateJobsRefused += 1;
        return text(400, `Duplicate job uuid[${job}]`);
      }
      const body = JSON.parse(request.body || "{}") as { params?: { name?: string; resourceUuid?: string } };
      store.add({
        api: "zstack",
        volumeId: match[1] ?? "",
        id: body.params?.resourceUuid ?? hex32(),
        name: body.params?.name ?? "",
        account,
        receivedAt: now,
        // The job runs while the answer is held back: the snapshot exists once it has.
        visibleAt: now + delayMs,
        jobUuid: job,
      });
      return json(202, { location: `${origin}/zstack/v1/api-jobs/${job}`, apiTimeout: 10_800_000 });
    },
  },
  {
    operation: "getApiJob",
    method: "GET",
    pattern: /^\/zstack\/v1\/api-jobs\/([0-9a-f]{32})$/,
    answer: (_request, match, { store, now }) => {
      const record = store.jobs.get(match[1] ?? "");
      if (!record) return text(404, "the job has been expired");
      return record.visibleAt > now ? json(202, {}) : json(200, { inventory: inventory(record) });
    },
  },
  {
    operation: "queryVolumeSnapshot",
    method: "GET",
    pattern: /^\/zstack\/v1\/volume-snapshots$/,
    answer: (request, _match, { store, now }) =>
      json(200, { inventories: query(store, now, request.query.getAll("q")).map(inventory), schema: {} }),
  },
  {
    operation: "getVolumeSnapshot",
    method: "GET",
    pattern: /^\/zstack\/v1\/volume-snapshots\/([0-9a-f]{32})$/,
    answer: (_request, match, { store, now }) =>
      json(200, { inventories: query(store, now, [`uuid=${match[1]}`]).map(inventory), schema: {} }),
  },
];

function identify(request: FakeRequest, store: Store): string | undefined {
  const authorization = String(request.headers.authorization ?? "");
  const accessKey = /^ZStack ([^:\s]+):/.exec(authorization)?.[1];
  if (accessKey) return accessKey;
  const session = /^OAuth ([0-9a-f]{32})$/.exec(authorization)?.[1];
  if (session && store.sessions.has(session)) return store.sessions.get(session);
  if (request.method === "PUT" && request.path === "/zstack/v1/accounts/login") {
    const body = JSON.parse(request.body || "{}") as { logInByAccount?: { accountName?: string } };
    return body.logInByAccount?.accountName;
  }
  const job = /^\/zstack\/v1\/api-jobs\/([0-9a-f]{32})$/.exec(request.path)?.[1];
  const owner = job ? store.jobs.get(job)?.account : undefined;
  return owner?.slice(owner.indexOf(":") + 1);
}

/** One ZStack management node. */
export const zstackFake: ProviderFake = {
  provider: "zstack",
  routes,
  identify,
  // ZStack documents no rate limit and no throttling answer. The fake answers as a reverse proxy in
  // front of the node would (nginx `limit_req` with `limit_req_status 429`): 429, plain text, with a
  // Retry-After. Not 503: ZStack's job polls already use 503 for "the job failed".
  throttled: (seconds) => text(429, "Too Many Requests", { "retry-after": String(seconds) }),
  unauthenticated: () => text(400, "missing header 'Authorization'"),
};
