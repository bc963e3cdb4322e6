// NAVER Cloud as the fake answers it: Classic NAS, VPC block storage and Search Engine snapshots,
// each answer one of the spec's examples with the ids of the call filled in. The account is the
// `x-ncp-iam-access-key` header.

import { requireExample, type SpecName } from "../../faults/support/spec-examples";
import {
  type Answer,
  type FakeRequest,
  json,
  type ProviderFake,
  type Route,
  type SnapshotRecord,
} from "./store";

type Item = Record<string, unknown>;
const example = (spec: SpecName, operation: string, name?: string) =>
  requireExample(spec, operation, 200, { mediaType: "application/json", ...(name ? { name } : {}) })
    .value as Record<string, Item>;

const nasVolumes = example("ncloud/classic-nas", "getNasVolumeInstanceList")
  .getNasVolumeInstanceListResponse as {
  nasVolumeInstanceList: Item[];
};
const NAS_VOLUME = nasVolumes.nasVolumeInstanceList[0] as Item;
const NAS_SNAPSHOT = (
  example("ncloud/classic-nas", "getNasVolumeSnapshotList").getNasVolumeSnapshotListResponse as {
    nasVolumeSnapshotList: Item[];
  }
).nasVolumeSnapshotList[0] as Item;
const VPC_CREATED = (
  example("ncloud/vserver", "createBlockStorageSnapshotInstance")
    .createBlockStorageSnapshotInstanceResponse as {
    blockStorageSnapshotInstanceList: Item[];
  }
).blockStorageSnapshotInstanceList[0] as Item;
const VPC_LISTED = (
  example("ncloud/vserver", "getBlockStorageSnapshotInstanceList")
    .getBlockStorageSnapshotInstanceListResponse as {
    blockStorageSnapshotInstanceList: Item[];
  }
).blockStorageSnapshotInstanceList[0] as Item;
const SES_CREATED = example("ncloud/search-engine", "createSnapshot");
const SES_HISTORY = example("ncloud/search-engine", "getSnapshotHistory") as unknown as {
  result: { snapshotHistoryResponseList: Item[] };
};
const SES_ENTRY = SES_HISTORY.result.snapshotHistoryResponseList[0] as Item;

/** The parameters of an NCP call: the query string and the form body together. */
function params(request: FakeRequest): URLSearchParams {
  const all = new URLSearchParams(request.query);
  if (request.body !== "" && !request.body.startsWith("{")) {
    for (const [key, value] of new URLSearchParams(request.body)) all.append(key, value);
  }
  return all;
}

/** `name.1`, `name.2`, … as NCP lists travel. */
function listParam(all: URLSearchParams, name: string): string[] {
  return [...all.entries()].filter(([key]) => key.startsWith(`${name}.`)).map(([, value]) => value);
}

function envelope(root: string, listName: string, items: Item[]): Answer {
  return json(200, {
    [root]: {
      requestId: "5f0c2a41-9d3e-4b7a-a1f6-2c8e7d4b9a10",
      returnCode: "0",
      returnMessage: "success",
      totalRows: items.length,
      [listName]: items,
    },
  });
}

/** `now.YYYYMMDD.HHmmss` in Korea time, as Classic NAS names its snapshots (one second later if taken). */
function nasName(at: number, taken: Set<string>): { name: string; createDate: string } {
  for (let shift = 0; ; shift += 1) {
    const kst = new Date(at + shift * 1000 + 9 * 3_600_000).toISOString();
    const stamp = `${kst.slice(0, 4)}${kst.slice(5, 7)}${kst.slice(8, 10)}.${kst.slice(11, 13)}${kst.slice(14, 16)}${kst.slice(17, 19)}`;
    const name = `now.${stamp}`;
    if (!taken.has(name)) return { name, createDate: `${kst.slice(0, 19)}+0900` };
  }
}

const nasItem = (record: SnapshotRecord): Item => ({
  ...NAS_SNAPSHOT,
  nasVolumeSnapshotName: record.name,
  createDate: record.createDate,
  snapshotSize: 0,
  isBusy: false,
});

const vpcItem = (template: Item, record: SnapshotRecord): Item => ({
  ...template,
  blockStorageSnapshotInstanceNo: record.id,
  blockStorageSnapshotName: record.name,
  originalBlockStorageInstanceNo: record.volumeId,
});

const NAS = "^/server/v2/";
const VPC = "^/vserver/v2/";
const SES = "^/api/(?:[a-z]+-)?v2/snapshot/";

const routes: Route[] = [
  {
    operation: "getNasVolumeInstanceList",
    method: "POST",
    pattern: new RegExp(`${NAS}getNasVolumeInstanceList$`),
    answer: (request) => {
      const volumes = listParam(params(request), "nasVolumeInstanceNoList");
      const items = volumes.map((no) => ({ ...NAS_VOLUME, nasVolumeInstanceNo: no }));
      return envelope("getNasVolumeInstanceListResponse", "nasVolumeInstanceList", items);
    },
  },
  {
    operation: "getNasVolumeSnapshotList",
    method: "POST",
    pattern: new RegExp(`${NAS}getNasVolumeSnapshotList$`),
    answer: (request, _match, { store, now }) => {
      const volume = params(request).get("nasVolumeInstanceNo") ?? "";
      const items = store.visible("ncloud-nas", volume, now).map(nasItem);
      return envelope("getNasVolumeSnapshotListResponse", "nasVolumeSnapshotList", items);
    },
  },
  {
    operation: "createNasVolumeSnapshot",
    method: "POST",
    pattern: new RegExp(`${NAS}createNasVolumeSnapshot$`),
    create: true,
    answer: (request, _match, { store, now, account }) => {
      const volume = params(request).get("nasVolumeInstanceNo") ?? "";
      const taken = new Set(store.visible("ncloud-nas", volume, Number.POSITIVE_INFINITY).map((r) => r.name));
      const { name, createDate } = nasName(Date.now(), taken);
      // Classic NAS has no snapshot id but the name it gives.
      store.add({
        api: "ncloud-nas",
        volumeId: volume,
        id: name,
        name,
        createDate,
        account,
        receivedAt: now,
        visibleAt: now,
      });
      const items = store.visible("ncloud-nas", volume, now).map(nasItem);
      return envelope("createNasVolumeSnapshotResponse", "nasVolumeSnapshotList", items);
    },
  },
  {
    operation: "createBlockStorageSnapshotInstance",
    method: "POST",
    pattern: new RegExp(`${VPC}createBlockStorageSnapshotInstance$`),
    create: true,
    answer: (request, _match, { store, now, account }) => {
      const all = params(request);
      const record: SnapshotRecord = {
        api: "ncloud-vpc",
        volumeId: all.get("originalBlockStorageInstanceNo") ?? "",
        id: store.nextNumber(),
        name: all.get("blockStorageSnapshotName") ?? "",
        account,
        receivedAt: now,
        visibleAt: now,
      };
      store.add(record);
      return envelope("createBlockStorageSnapshotInstanceResponse", "blockStorageSnapshotInstanceList", [
        vpcItem(VPC_CREATED, record),
      ]);
    },
  },
  {
    operation: "getBlockStorageSnapshotInstanceList",
    method: "POST",
    pattern: new RegExp(`${VPC}getBlockStorageSnapshotInstanceList$`),
    answer: (request, _match, { store, now }) => {
      const all = params(request);
      const name = all.get("blockStorageSnapshotName");
      const items = listParam(all, "originalBlockStorageInstanceNoList")
        .flatMap((volume) => store.visible("ncloud-vpc", volume, now))
        .filter((record) => name === null || record.name === name)
        .map((record) => vpcItem(VPC_LISTED, record));
      return envelope(
        "getBlockStorageSnapshotInstanceListResponse",
        "blockStorageSnapshotInstanceList",
        items,
      );
    },
  },
  {
    operation: "createSnapshot",
    method: "POST",
    pattern: new RegExp(`${SES}createSnapshot/(\\d+)$`),
    create: true,
    answer: (request, match, { store, now, account }) => {
      const body = JSON.parse(request.body || "{}") as { snapshotName?: string };
      store.add({
        api: "ncloud-ses",
        volumeId: match[1] ?? "",
        id: body.snapshotName ?? "",
        name: body.snapshotName ?? "",
        account,
        receivedAt: now,
        visibleAt: now,
      });
      return json(200, SES_CREATED);
    },
  },
  {
    operation: "getSnapshotHistory",
    method: "GET",
    pattern: new RegExp(`${SES}getSnapshotHistory/(\\d+)$`),
    answer: (request, match, { store, now }) => {
      const cluster = match[1] ?? "";
      const pageSize = Number(request.query.get("pageSize") ?? 10) || 10;
      const all = store.visible("ncloud-ses", cluster, now);
      const totalPage = Math.max(1, Math.ceil(all.length / pageSize));
      const currentPage = Math.min(totalPage, Math.max(1, Number(request.query.get("pageNo") ?? 1) || 1));
      const page = all.slice((currentPage - 1) * pageSize, currentPage * pageSize).map((record, i) => ({
        ...SES_ENTRY,
        idx: (currentPage - 1) * pageSize + i + 1,
        serviceGroupInstanceNo: cluster,
        snapshotName: record.name,
      }));
      return json(200, {
        ...SES_HISTORY,
        result: {
          currentPage,
          isFirst: currentPage === 1,
          isLast: currentPage === totalPage,
          pageSize,
          totalCount: all.length,
          totalPage,
          snapshotHistoryResponseList: page,
        },
      });
    },
  },
];

/** NAVER Cloud's three snapshot APIs behind one API Gateway. */
export const ncloudFake: ProviderFake = {
  provider: "ncloud",
  routes,
  identify: (request) => {
    const key = request.headers["x-ncp-iam-access-key"];
    return typeof key === "string" && key !== "" ? key : undefined;
  },
  // The gateway's throttling answer (providers.md §8.2, §9); it documents no Retry-After.
  throttled: (seconds) =>
    json(
      429,
      { error: { errorCode: "410", message: "Throttle Limited" } },
      { "retry-after": String(seconds) },
    ),
  unauthenticated: () => json(401, { error: { errorCode: "200", message: "Authentication Failed" } }),
};
