// Huawei Cloud EVS as the fake answers it (AK/SK only: no IAM token endpoint). The account is the
// `Access=` part of the `SDK-HMAC-SHA256` Authorization header.

import { requireExample } from "../../faults/support/spec-examples";
import { type Answer, hex32, json, type ProviderFake, type Route, type SnapshotRecord } from "./store";

type Item = Record<string, unknown>;
const SPEC = "huaweicloud/evs";
const LISTED = (requireExample(SPEC, "listSnapshots", 200).value as { snapshots: Item[] })
  .snapshots[0] as Item;
const HEADERS = { "x-request-id": "7775eaa6b4bbe5934e565349bd27c298" };

const item = (record: SnapshotRecord): Item => ({
  ...LISTED,
  id: record.id,
  name: record.name,
  volume_id: record.volumeId,
  status: "available",
});

const evs = (status: number, value: unknown): Answer => json(status, value, HEADERS);

const routes: Route[] = [
  {
    operation: "createSnapshot",
    method: "POST",
    pattern: /^\/v5\/[^/]+\/snapshots$/,
    create: true,
    answer: (request, _match, { store, now, account }) => {
      const body = JSON.parse(request.body || "{}") as { snapshot?: { volume_id?: string; name?: string } };
      const record: SnapshotRecord = {
        api: "huaweicloud-evs",
        volumeId: body.snapshot?.volume_id ?? "",
        id: crypto.randomUUID(),
        name: body.snapshot?.name ?? "",
        account,
        receivedAt: now,
        visibleAt: now,
        jobUuid: hex32(),
      };
      store.add(record);
      return evs(202, { job_id: record.jobUuid, snapshot_id: record.id });
    },
  },
  {
    operation: "listSnapshots",
    method: "GET",
    pattern: /^\/v5\/[^/]+\/snapshots\/detail$/,
    answer: (request, _match, { store, now }) => {
      const volume = request.query.get("volume_id") ?? "";
      const name = request.query.get("name");
      const items = store
        .visible("huaweicloud-evs", volume, now)
        .filter((record) => name === null || record.name === name)
        .map(item);
      return evs(200, { snapshots: items, count: items.length });
    },
  },
  {
    operation: "showSnapshot",
    method: "GET",
    pattern: /^\/v5\/[^/]+\/snapshots\/([^/]+)$/,
    answer: (_request, match, { store, now }) => {
      for (const list of store.snapshots.values()) {
        const found = list.find(
          (r) => r.api === "huaweicloud-evs" && r.id === match[1] && r.visibleAt <= now,
        );
        if (found) return evs(200, { snapshot: item(found) });
      }
      return evs(404, { error: { code: "EVS.0004", message: "snapshot not found" } });
    },
  },
];

/** Huawei Cloud EVS v5 behind the API Gateway. */
export const huaweiCloudFake: ProviderFake = {
  provider: "huaweicloud",
  routes,
  identify: (request) => /(?:^|\s)Access=([^,\s]+)/.exec(String(request.headers.authorization ?? ""))?.[1],
  // APIG.0308, the gateway's throttling code (providers.md §9, evs.yaml `throttled`); it documents
  // no Retry-After.
  throttled: (seconds, limit) =>
    json(
      429,
      {
        error_code: "APIG.0308",
        error_msg: `The request is throttled (over ratelimit, limit:${limit}, time:1 second)`,
        request_id: "9358b62bd3a9fa53ecd37ab3762ac464",
      },
      { ...HEADERS, "retry-after": String(seconds) },
    ),
  unauthenticated: () =>
    evs(401, {
      error_code: "APIGW.0301",
      error_msg: "Incorrect IAM authentication information: verify aksk signature fail",
      request_id: "7775eaa6b4bbe5934e565349bd27c298",
    }),
};
