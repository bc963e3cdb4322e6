import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors";
import type { SnapshotProgress } from "../../src/core/snapshot";
import { SnapshotFailedError } from "../../src/core/waiter-errors";
import { createHuaweiCloudClient } from "../../src/providers/huaweicloud/client";
import { createNcloudClient } from "../../src/providers/ncloud/client";
import { createZStackClient } from "../../src/providers/zstack/client";
import { createSnapshot, waitForSnapshot } from "../../src/unified/create-snapshot";
import { json, recordingFetch, type SeenRequest } from "../clients/support/recording-fetch";
import { EVS_CREATED, ncloudVpcCreated, zstackInventory } from "../support/valid-answers";
import {
  blockSnapshotList,
  CREATED_BLOCK_SNAPSHOT,
  FINISHED_HISTORY_ENTRY,
  historyPage,
  nasSnapshotList,
  nasVolumeList,
  SEED_NAS_SNAPSHOTS,
  VOLUME_WITH_RESERVE,
} from "../waiters/support/ncloud-examples";

const NOW = new Date("2026-12-05T18:15:13.000Z");
const FAST = { intervalMs: 1, maxIntervalMs: 1, deadlineMs: 5_000 };
const NCP_KEYS = { accessKey: "AKUNIT000000000001", secretKey: "unit-secret-ncloud-0123456789" };
const HW_KEYS = {
  accessKey: "HWUNIT0000000001",
  secretKey: "unit-secret-huawei-0123456789",
  projectId: "0123456789abcdef0123456789abcdef",
};
const ZS_KEYS = { accessKeyId: "ZSUNIT0000000001", accessKeySecret: "unit-secret-zstack-0123456789" };

type Route = (request: SeenRequest, seen: readonly SeenRequest[]) => Response;

function ncloud(route: Route) {
  const { fetch, seen } = recordingFetch(route);
  return { clients: { ncloud: createNcloudClient({ credentials: NCP_KEYS, fetch }) }, seen };
}
function huawei(route: Route) {
  const { fetch, seen } = recordingFetch(route);
  return { clients: { huaweicloud: createHuaweiCloudClient({ credentials: HW_KEYS, fetch }) }, seen };
}
function zstack(route: Route) {
  const { fetch, seen } = recordingFetch(route);
  return {
    clients: {
      zstack: createZStackClient({ credentials: ZS_KEYS, endpoint: "http://zstack.test:8080", fetch }),
    },
    seen,
  };
}
const form = (request: SeenRequest) => new URLSearchParams(request.body);

describe("createSnapshot on NAVER Cloud Classic NAS", () => {
  const route: Route = (request) => {
    if (request.url.pathname.endsWith("/getNasVolumeInstanceList"))
      return json({ getNasVolumeInstanceListResponse: nasVolumeList([VOLUME_WITH_RESERVE]) });
    if (request.url.pathname.endsWith("/getNasVolumeSnapshotList"))
      return json({ getNasVolumeSnapshotListResponse: nasSnapshotList(SEED_NAS_SNAPSHOTS.slice(1)) });
    return json({ createNasVolumeSnapshotResponse: nasSnapshotList(SEED_NAS_SNAPSHOTS) });
  };

  it("checks the reserve, creates, and reports the name the service chose", async () => {
    const { clients, seen } = ncloud(route);
    const snapshot = await createSnapshot("ncloud-nas:23420000", { clients, now: NOW });
    expect(seen.map((r) => r.url.pathname.split("/").pop())).toStrictEqual([
      "getNasVolumeInstanceList",
      "getNasVolumeSnapshotList",
      "createNasVolumeSnapshot",
    ]);
    expect(form(seen[2] as SeenRequest).get("nasVolumeInstanceNo")).toBe("23420000");
    expect(snapshot).toMatchObject({
      api: "ncloud-nas",
      provider: "ncloud",
      id: "now.20240403.164347",
      name: "now.20240403.164347",
      nameSource: "provider",
      volumeId: "23420000",
      status: "ready",
      sizeBytes: 0,
      createdAt: "2024-04-03T07:43:47.000Z",
      target: { api: "ncloud-nas", volumeId: "23420000" },
    });
    expect(snapshot.raw).toStrictEqual(SEED_NAS_SNAPSHOTS[0]);
  });

  it("refuses a name or a description before anything is sent", async () => {
    const { clients, seen } = ncloud(route);
    await expect(createSnapshot("ncloud-nas:23420000", { clients, name: "mine" })).rejects.toThrow(
      /Classic NAS names its snapshots itself/,
    );
    await expect(createSnapshot("ncloud-nas:23420000", { clients, description: "d" })).rejects.toThrow(
      ValidationError,
    );
    expect(seen).toHaveLength(0);
  });

  it("skips the reserve check only when asked", async () => {
    const { clients, seen } = ncloud(route);
    await createSnapshot("ncloud-nas:23420000", { clients, acceptCapacityRisk: true });
    expect(seen.map((r) => r.url.pathname.split("/").pop())).toStrictEqual(["createNasVolumeSnapshot"]);
  });
});

describe("createSnapshot on NAVER Cloud VPC block storage", () => {
  it("sends the default name, type and region, and maps INIT to creating", async () => {
    const { clients, seen } = ncloud(() => json(ncloudVpcCreated()));
    const snapshot = await createSnapshot("ncloud-vpc:20803168?region=KR&type=INCREMENTAL", {
      clients,
      now: NOW,
    });
    const sent = form(seen[0] as SeenRequest);
    expect(sent.get("blockStorageSnapshotName")).toBe("snap-20803168-20261205-181513");
    expect(sent.get("originalBlockStorageInstanceNo")).toBe("20803168");
    expect(sent.get("snapshotTypeCode")).toBe("INCREMENTAL");
    expect(sent.get("regionCode")).toBe("KR");
    expect(snapshot).toMatchObject({
      api: "ncloud-vpc",
      id: "20814323",
      status: "creating",
      providerStatus: "INIT",
      nameSource: "default",
      sizeBytes: 10737418240,
      createdAt: "2025-06-25T07:50:14.000Z",
    });
  });

  it("waits until CREAT, reporting progress with the snapshot's id", async () => {
    const { clients, seen } = ncloud((request) =>
      request.url.pathname.endsWith("/createBlockStorageSnapshotInstance")
        ? json(ncloudVpcCreated())
        : json({ getBlockStorageSnapshotInstanceDetailResponse: blockSnapshotList(CREATED_BLOCK_SNAPSHOT) }),
    );
    const progress: SnapshotProgress[] = [];
    const snapshot = await createSnapshot("ncloud-vpc:20803168", {
      clients,
      name: "before-migration",
      description: "pre-cutover",
      wait: { ...FAST, onProgress: (state) => void progress.push(state) },
    });
    expect(form(seen[0] as SeenRequest).get("blockStorageSnapshotName")).toBe("before-migration");
    expect(form(seen[0] as SeenRequest).get("blockStorageSnapshotDescription")).toBe("pre-cutover");
    expect(snapshot).toMatchObject({ status: "ready", providerStatus: "CREAT", nameSource: "caller" });
    expect(progress.at(-1)).toMatchObject({ api: "ncloud-vpc", id: "20814323", status: "CREAT" });
  });

  it("refuses a name the API does not allow before anything is sent", async () => {
    const { clients, seen } = ncloud(() => json(ncloudVpcCreated()));
    await expect(
      createSnapshot("ncloud-vpc:20803168", { clients, name: "9-starts-with-a-digit" }),
    ).rejects.toThrow(ValidationError);
    expect(seen).toHaveLength(0);
  });
});

describe("createSnapshot on NAVER Cloud Search Engine", () => {
  const route: Route = (request) =>
    request.url.pathname.includes("/createSnapshot/")
      ? json({ code: 0, message: "SUCCESS", result: true, requestId: "7a1de0c4-6b3f-4f61-9d0a-3c5e2b1f8a90" })
      : json(historyPage([{ ...FINISHED_HISTORY_ENTRY, snapshotName: "snap-1037123-20261205-181513" }]));

  it("names the snapshot, writes to the bucket, and waits for its history entry", async () => {
    const { clients, seen } = ncloud(route);
    const snapshot = await createSnapshot("ncloud-ses:1037123?bucket=estest&region=SGN", {
      clients,
      now: NOW,
      wait: FAST,
    });
    expect(seen[0]?.url.pathname).toBe("/api/sgn-v2/snapshot/createSnapshot/1037123");
    expect(JSON.parse(seen[0]?.body ?? "")).toStrictEqual({
      bucketName: "estest",
      snapshotName: "snap-1037123-20261205-181513",
    });
    expect(snapshot).toMatchObject({
      api: "ncloud-ses",
      id: "snap-1037123-20261205-181513",
      name: "snap-1037123-20261205-181513",
      status: "ready",
    });
  });

  it("returns creating without a wait", async () => {
    const { clients } = ncloud(route);
    const snapshot = await createSnapshot("ncloud-ses:1037123?bucket=estest", { clients, now: NOW });
    expect(snapshot.status).toBe("creating");
  });

  it("takes the moment of a default name from a clock as well as a Date", async () => {
    const { clients, seen } = ncloud(route);
    const snapshot = await createSnapshot("ncloud-ses:1037123?bucket=estest", { clients, now: () => NOW });
    expect(snapshot.name).toBe("snap-1037123-20261205-181513");
    expect(JSON.parse(seen[0]?.body ?? "").snapshotName).toBe("snap-1037123-20261205-181513");
  });
});

describe("createSnapshot on Huawei Cloud EVS", () => {
  const VOLUME = "2c194dde-7de5-4529-a141-49f48181f411";
  const route: Route = (request) => {
    if (request.method === "POST") return json(EVS_CREATED, 202);
    if (request.url.pathname.includes("/jobs/"))
      return json({
        status: "SUCCESS",
        entities: {},
        job_id: EVS_CREATED.job_id,
        begin_time: "2025-03-01T08:15:30.120Z",
        end_time: "2025-03-01T08:16:02.480Z",
        error_code: null,
        fail_reason: null,
      });
    return json({
      snapshot: {
        id: EVS_CREATED.snapshot_id,
        name: `${VOLUME}-20261205-181513`,
        volume_id: VOLUME,
        status: "available",
        size: 40,
        created_at: "2025-03-01T08:15:30.000000",
      },
    });
  };

  it("creates with the default name and the target's project, then follows the job", async () => {
    const { clients, seen } = huawei(route);
    const created = await createSnapshot(`huaweicloud-evs:${VOLUME}?project=p1`, { clients, now: NOW });
    expect(seen[0]?.url.pathname).toBe("/v5/p1/snapshots");
    expect(JSON.parse(seen[0]?.body ?? "")).toStrictEqual({
      snapshot: { volume_id: VOLUME, name: `${VOLUME}-20261205-181513` },
    });
    expect(created).toMatchObject({
      id: EVS_CREATED.snapshot_id,
      status: "creating",
      jobId: EVS_CREATED.job_id,
    });

    const ready = await waitForSnapshot(created, { clients, ...FAST });
    expect(ready).toMatchObject({
      status: "ready",
      providerStatus: "available",
      sizeBytes: 40 * 1024 ** 3,
      createdAt: "2025-03-01T08:15:30.000Z",
      nameSource: "default",
    });
    expect(seen.slice(1).map((r) => r.url.pathname)).toStrictEqual([
      `/v1/p1/jobs/${EVS_CREATED.job_id}`,
      `/v5/p1/snapshots/${EVS_CREATED.snapshot_id}`,
    ]);
  });

  it("waits on a snapshot named only by target and id (as cloudsnap wait does)", async () => {
    const { clients, seen } = huawei(route);
    const ready = await waitForSnapshot(
      { target: { api: "huaweicloud-evs", volumeId: VOLUME }, id: EVS_CREATED.snapshot_id },
      { clients, ...FAST },
    );
    expect(ready.status).toBe("ready");
    expect(seen.map((r) => r.url.pathname)).toStrictEqual([
      `/v5/${HW_KEYS.projectId}/snapshots/${EVS_CREATED.snapshot_id}`,
    ]);
  });

  it("maps error to failed: the wait rejects with SnapshotFailedError", async () => {
    const { clients } = huawei((request) => {
      const answer = route(request, []);
      if (request.method === "GET" && request.url.pathname.includes("/snapshots/")) {
        return json({ snapshot: { id: EVS_CREATED.snapshot_id, status: "error" } });
      }
      return answer;
    });
    await expect(createSnapshot(`huaweicloud-evs:${VOLUME}`, { clients, wait: FAST })).rejects.toBeInstanceOf(
      SnapshotFailedError,
    );
  });
});

describe("createSnapshot on ZStack", () => {
  const VOLUME = "e60a0fb0b75743c1b0fcb017e31db043";
  it("sends a resourceUuid and an X-Job-UUID, follows the job, and maps Ready to ready", async () => {
    const { clients, seen } = zstack((request) =>
      request.method === "POST"
        ? json(
            { location: `http://zstack.test:8080/zstack/v1/api-jobs/${request.headers.get("x-job-uuid")}` },
            202,
          )
        : json({ inventory: zstackInventory({ name: `${VOLUME}-20261205-181513` }) }),
    );
    const snapshot = await createSnapshot(`zstack:${VOLUME}`, { clients, now: NOW, description: "nightly" });
    const body = JSON.parse(seen[0]?.body ?? "");
    expect(body.params).toMatchObject({ name: `${VOLUME}-20261205-181513`, description: "nightly" });
    expect(body.params.resourceUuid).toMatch(/^[0-9a-f]{32}$/);
    expect(seen[0]?.headers.get("x-job-uuid")).toMatch(/^[0-9a-f]{32}$/);
    expect(snapshot).toMatchObject({
      api: "zstack",
      provider: "zstack",
      id: "ec8f396d8a5d48ce8bd949d469c0be62",
      status: "ready",
      providerStatus: "Ready",
      sizeBytes: 1073741824,
    });
    expect(snapshot.createdAt).toBeUndefined();
  });
});

describe("createSnapshot input checks (nothing is sent)", () => {
  it.each([
    ["a malformed target", "ncloud-vpc:abc", {}],
    ["an unknown option", "ncloud-vpc:20803168", { nmae: "x" }],
    ["a non-boolean wait", "ncloud-vpc:20803168", { wait: "yes" }],
    ["a zero deadline", "ncloud-vpc:20803168", { wait: { deadlineMs: 0 } }],
    ["a non-function onProgress", "ncloud-vpc:20803168", { wait: { onProgress: 1 } }],
    ["a non-signal", "ncloud-vpc:20803168", { signal: {} }],
    ["a numeric name", "ncloud-vpc:20803168", { name: 7 }],
    ["an invalid date", "ncloud-vpc:20803168", { now: new Date("x") }],
    ["a clock returning no date", "ncloud-vpc:20803168", { now: () => "2026-12-05" }],
    ["an unknown provider in clients", "ncloud-vpc:20803168", { clients: { aws: {} } }],
  ])("refuses %s with a ValidationError", async (_why, target, options) => {
    const { clients, seen } = ncloud(() => json(ncloudVpcCreated()));
    await expect(createSnapshot(target, { clients, ...(options as object) })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(seen).toHaveLength(0);
  });

  it("suggests the option meant", async () => {
    await expect(createSnapshot("ncloud-vpc:20803168", { nmae: "x" } as never)).rejects.toThrow(
      /did you mean name\?/,
    );
  });

  it("refuses endpoint together with clients", async () => {
    const { clients } = ncloud(() => json(ncloudVpcCreated()));
    await expect(
      createSnapshot("ncloud-vpc:20803168", { clients, endpoint: "http://127.0.0.1:1" }),
    ).rejects.toThrow(/endpoint or clients, not both/);
  });
});
