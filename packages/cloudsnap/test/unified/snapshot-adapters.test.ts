// The adapters' resume side: what `prepare` records before a journaled create, what `find` sends to
// look a create up after a crash and which snapshot it accepts as that create's, and how a ZStack
// create sent again with its recorded job id follows the job the first copy started.

import { describe, expect, it } from "vitest";
import { BadRequestError } from "../../src/core/http-errors";
import { createHuaweiCloudClient } from "../../src/providers/huaweicloud/client";
import { huaweiCloudEvsAdapter } from "../../src/providers/huaweicloud/snapshot-adapter";
import { createNcloudClient } from "../../src/providers/ncloud/client";
import {
  ncloudNasAdapter,
  ncloudSesAdapter,
  ncloudVpcAdapter,
} from "../../src/providers/ncloud/snapshot-adapters";
import { createZStackClient } from "../../src/providers/zstack/client";
import { zstackAdapter } from "../../src/providers/zstack/snapshot-adapter";
import { json, type Route, recordingFetch, type SeenRequest } from "../clients/support/recording-fetch";
import { zstackInventory } from "../support/valid-answers";
import {
  blockSnapshotList,
  CREATED_BLOCK_SNAPSHOT,
  FINISHED_HISTORY_ENTRY,
  historyPage,
  nasSnapshotList,
  SEED_NAS_SNAPSHOTS,
  THREE_NAS_SNAPSHOTS,
} from "../waiters/support/ncloud-examples";

const NCP_KEYS = { accessKey: "AKUNIT000000000001", secretKey: "unit-secret-ncloud-0123456789" };
const HW_KEYS = {
  accessKey: "HWUNIT0000000001",
  secretKey: "unit-secret-huawei-0123456789",
  projectId: "0123456789abcdef0123456789abcdef",
};
const ZS_KEYS = { accessKeyId: "ZSUNIT0000000001", accessKeySecret: "unit-secret-zstack-0123456789" };
const form = (request: SeenRequest | undefined) => new URLSearchParams(request?.body);
const last = (path: string) => path.split("/").pop();

function ncloud(route: Route) {
  const { fetch, seen } = recordingFetch(route);
  return { client: createNcloudClient({ credentials: NCP_KEYS, fetch }), seen };
}
function huawei(route: Route) {
  const { fetch, seen } = recordingFetch(route);
  return { client: createHuaweiCloudClient({ credentials: HW_KEYS, fetch }), seen };
}
function zstack(route: Route) {
  const { fetch, seen } = recordingFetch(route);
  const client = createZStackClient({ credentials: ZS_KEYS, endpoint: "http://zstack.test:8080", fetch });
  return { client, seen };
}

describe("Classic NAS: prepare records the snapshot names, find takes the one that was not there", () => {
  const nas = { api: "ncloud-nas", volumeId: "23420000" } as const;
  const listing = (items: typeof THREE_NAS_SNAPSHOTS) => () =>
    json({ getNasVolumeSnapshotListResponse: nasSnapshotList(items) });

  it("prepare lists the volume's snapshots and records their names", async () => {
    const { client, seen } = ncloud(listing(SEED_NAS_SNAPSHOTS));
    const recovery = await ncloudNasAdapter.prepare(client, nas, {});
    expect(recovery).toStrictEqual({ before: ["now.20240403.164347", "now.20240403.164335"] });
    expect(seen).toHaveLength(1);
    expect(last(seen[0]?.url.pathname ?? "")).toBe("getNasVolumeSnapshotList");
    expect(form(seen[0]).get("nasVolumeInstanceNo")).toBe("23420000");
    expect(form(seen[0]).get("responseFormatType")).toBe("json");
  });

  it.each([
    {
      name: "one new snapshot",
      given: { before: ["now.20240402.090000", "now.20240403.164335"], listed: THREE_NAS_SNAPSHOTS },
      want: "now.20240403.164347",
    },
    {
      name: "two new ones (the newest is the create's)",
      given: { before: ["now.20240402.090000"], listed: THREE_NAS_SNAPSHOTS },
      want: "now.20240403.164347",
    },
    {
      name: "nothing new",
      given: { before: THREE_NAS_SNAPSHOTS.map((s) => s.nasVolumeSnapshotName), listed: THREE_NAS_SNAPSHOTS },
      want: undefined,
    },
    { name: "an empty list", given: { before: [], listed: [] }, want: undefined },
  ])("find: $name", async ({ given, want }) => {
    const { client, seen } = ncloud(listing(given.listed));
    const found = await ncloudNasAdapter.find(client, nas, { before: given.before }, {});
    expect(found?.id).toBe(want);
    expect(form(seen[0]).get("nasVolumeInstanceNo")).toBe("23420000");
  });
});

describe("VPC block storage: find looks the snapshot up by volume and name", () => {
  const vpc = { api: "ncloud-vpc", volumeId: "20803168", region: "KR" } as const;
  const other = { ...CREATED_BLOCK_SNAPSHOT, blockStorageSnapshotInstanceNo: "20899999" };
  const route = () =>
    json({
      getBlockStorageSnapshotInstanceListResponse: blockSnapshotList(
        { ...other, blockStorageSnapshotName: "snapshot-test-2" },
        { ...other, originalBlockStorageInstanceNo: "20800001" },
        CREATED_BLOCK_SNAPSHOT,
      ),
    });

  it("sends the volume, the name and the region, and takes only an exact match of both", async () => {
    const { client, seen } = ncloud(route);
    const found = await ncloudVpcAdapter.find(client, vpc, { name: "snapshot-test" }, {});
    expect(found).toMatchObject({
      id: "20814323",
      name: "snapshot-test",
      status: "ready",
      nameSource: "default",
    });
    const sent = form(seen[0]);
    expect(last(seen[0]?.url.pathname ?? "")).toBe("getBlockStorageSnapshotInstanceList");
    expect(sent.get("originalBlockStorageInstanceNoList.1")).toBe("20803168");
    expect(sent.get("blockStorageSnapshotName")).toBe("snapshot-test");
    expect(sent.get("regionCode")).toBe("KR");
  });

  it("finds nothing when no snapshot has that name, and sends nothing without a recorded name", async () => {
    const { client, seen } = ncloud(route);
    expect(await ncloudVpcAdapter.find(client, vpc, { name: "snap-20803168-x" }, {})).toBeUndefined();
    expect(await ncloudVpcAdapter.find(client, vpc, {}, {})).toBeUndefined();
    expect(seen).toHaveLength(1);
  });
});

describe("Search Engine: find reads the snapshot history by name", () => {
  const ses = { api: "ncloud-ses", volumeId: "1037123", bucket: "estest", region: "SGN" } as const;
  const route = () => json(historyPage([FINISHED_HISTORY_ENTRY]));

  it("asks the cluster's history in the target's region and takes the entry of that name", async () => {
    const { client, seen } = ncloud(route);
    const found = await ncloudSesAdapter.find(client, ses, { name: "my-test-snapshot" }, {});
    expect(found).toMatchObject({ id: "my-test-snapshot", status: "ready", providerStatus: "SUCCESS" });
    expect(seen[0]?.method).toBe("GET");
    expect(seen[0]?.url.pathname).toBe("/api/sgn-v2/snapshot/getSnapshotHistory/1037123");
    expect(seen[0]?.url.searchParams.get("pageNo")).toBe("1");
  });

  it("finds nothing under another name, and sends nothing without a recorded name", async () => {
    const { client, seen } = ncloud(route);
    expect(await ncloudSesAdapter.find(client, ses, { name: "snap-1037123-x" }, {})).toBeUndefined();
    expect(await ncloudSesAdapter.find(client, ses, {}, {})).toBeUndefined();
    expect(seen).toHaveLength(1);
  });
});

describe("Huawei EVS: find lists the volume's snapshots by name", () => {
  const volume = "2c194dde-7de5-4529-a141-49f48181f411";
  const evs = {
    api: "huaweicloud-evs",
    volumeId: volume,
    project: "fedcba9876543210fedcba9876543210",
  } as const;
  const item = {
    id: "bb02c803-55ac-4e84-9c80-60d352199d7d",
    name: "test_name",
    volume_id: volume,
    status: "creating",
  };
  const route = () =>
    json({
      snapshots: [
        { ...item, id: "b0000000-0000-4000-8000-000000000001", name: "test_name_2" },
        { ...item, id: "b0000000-0000-4000-8000-000000000002", volume_id: "other-volume" },
        item,
      ],
      count: 3,
    });

  it("sends the project, the volume and the name, and takes only an exact match of both", async () => {
    const { client, seen } = huawei(route);
    const found = await huaweiCloudEvsAdapter.find(client, evs, { name: "test_name" }, {});
    expect(found).toMatchObject({
      id: item.id,
      name: "test_name",
      status: "creating",
      nameSource: "default",
    });
    expect(seen[0]?.method).toBe("GET");
    expect(seen[0]?.url.pathname).toBe(`/v5/${evs.project}/snapshots/detail`);
    expect(seen[0]?.url.searchParams.get("volume_id")).toBe(volume);
    expect(seen[0]?.url.searchParams.get("name")).toBe("test_name");
  });

  it("finds nothing under another name, and sends nothing without a recorded name", async () => {
    const { client, seen } = huawei(route);
    expect(await huaweiCloudEvsAdapter.find(client, evs, { name: "test" }, {})).toBeUndefined();
    expect(await huaweiCloudEvsAdapter.find(client, evs, {}, {})).toBeUndefined();
    expect(seen).toHaveLength(1);
  });
});

describe("ZStack: prepare chooses the ids, find looks the snapshot up by its UUID", () => {
  const target = { api: "zstack", volumeId: "e60a0fb0b75743c1b0fcb017e31db043" } as const;
  const mine = "ec8f396d8a5d48ce8bd949d469c0be62";

  it("prepare gives a fresh snapshot UUID and job id (32 lower-case hex digits each)", async () => {
    const { client, seen } = zstack(() => json({}));
    const one = await zstackAdapter.prepare(client, target, {});
    const two = await zstackAdapter.prepare(client, target, {});
    expect(one.resourceUuid).toMatch(/^[0-9a-f]{32}$/);
    expect(one.jobUuid).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set([one.resourceUuid, one.jobUuid, two.resourceUuid, two.jobUuid]).size).toBe(4);
    expect(seen).toHaveLength(0);
  });

  it("find queries uuid=<resourceUuid> and takes only that snapshot", async () => {
    const { client, seen } = zstack(() =>
      json({ inventories: [zstackInventory({ uuid: "0".repeat(32) }), zstackInventory({ uuid: mine })] }),
    );
    const found = await zstackAdapter.find(client, target, { resourceUuid: mine }, {});
    expect(found).toMatchObject({ id: mine, status: "ready", nameSource: "default" });
    expect(seen[0]?.url.pathname).toBe("/zstack/v1/volume-snapshots");
    expect(seen[0]?.url.searchParams.getAll("q")).toStrictEqual([`uuid=${mine}`]);
  });

  it("finds nothing when the query is empty, and sends nothing without a recorded UUID", async () => {
    const { client, seen } = zstack(() => json({ inventories: [] }));
    expect(await zstackAdapter.find(client, target, { resourceUuid: mine }, {})).toBeUndefined();
    expect(await zstackAdapter.find(client, target, {}, {})).toBeUndefined();
    expect(seen).toHaveLength(1);
  });
});

describe("ZStack: a create sent again with its recorded job id", () => {
  const target = { api: "zstack", volumeId: "e60a0fb0b75743c1b0fcb017e31db043" } as const;
  const jobUuid = "5a1b0c2d3e4f40718293a4b5c6d7e8f9";
  const resourceUuid = "ec8f396d8a5d48ce8bd949d469c0be62";
  const input = {
    name: "e60a0fb0b75743c1b0fcb017e31db043-20261205-181513",
    nameSource: "default",
    description: undefined,
    call: {},
    jobUuid,
    resourceUuid,
  } as const;
  // The job has finished by the time the resumed create arrives (its first poll answers 200).
  const duplicate = (jobResult: Record<string, unknown>) =>
    zstack((request) =>
      request.method === "POST"
        ? new Response(`Duplicate job uuid[${request.headers.get("x-job-uuid")}]`, {
            status: 400,
            headers: { "content-type": "text/plain" },
          })
        : json({ inventory: jobResult }),
    );

  it("follows the job the first copy started when ZStack refuses the id as a duplicate", async () => {
    const { client, seen } = duplicate(zstackInventory({ uuid: resourceUuid, volumeUuid: target.volumeId }));
    const snapshot = await zstackAdapter.create(client, target, input);
    expect(snapshot).toMatchObject({ id: resourceUuid, status: "ready", volumeId: target.volumeId });
    expect(seen.map((r) => `${r.method} ${r.url.pathname}`)).toStrictEqual([
      `POST /zstack/v1/volumes/${target.volumeId}/volume-snapshots`,
      `GET /zstack/v1/api-jobs/${jobUuid}`,
    ]);
    expect(seen[0]?.headers.get("x-job-uuid")).toBe(jobUuid);
    expect(JSON.parse(seen[0]?.body ?? "{}").params.resourceUuid).toBe(resourceUuid);
  });

  it("does not take a job whose snapshot is not the UUID this create chose", async () => {
    const { client } = duplicate(zstackInventory({ uuid: "0".repeat(32), volumeUuid: target.volumeId }));
    await expect(zstackAdapter.create(client, target, input)).rejects.toBeInstanceOf(BadRequestError);
  });

  it("does not follow a duplicate of an id that was not recorded with a snapshot UUID", async () => {
    const { client, seen } = duplicate(zstackInventory({ uuid: resourceUuid }));
    const { resourceUuid: _, ...withoutUuid } = input;
    await expect(zstackAdapter.create(client, target, withoutUuid)).rejects.toBeInstanceOf(BadRequestError);
    expect(seen).toHaveLength(1);
  });
});
