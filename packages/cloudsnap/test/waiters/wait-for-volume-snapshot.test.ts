import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors";
import { createHttpError } from "../../src/core/http-errors";
import { SnapshotFailedError } from "../../src/core/waiter-errors";
import {
  type VolumeSnapshotInventory,
  type VolumeSnapshotReader,
  waitForVolumeSnapshot,
} from "../../src/providers/zstack/volume-snapshot";
import { fakeTime } from "./support/fake-time";
import { type Step, scripted } from "./support/scripted";

const UUID = "ec8f396d8a5d48ce8bd949d469c0be62";
// volume-snapshots.yaml, getVolumeSnapshot 200, example `found` (the seed's inventory).
const READY: VolumeSnapshotInventory = {
  uuid: UUID,
  name: "Snapshot-1",
  description: "create-snapshot-from-volume",
  type: "Hypervisor",
  volumeUuid: "e60a0fb0b75743c1b0fcb017e31db043",
  treeUuid: "b5cf59580ef443c4b7106cf755e6c572",
  parentUuid: "cc0e37297d76486186f0dd2b61ddf4e2",
  primaryStorageUuid: "82280d3f2f01482bbcdfee03599bcad5",
  volumeType: "Root",
  format: "qcow2",
  latest: true,
  size: 1073741824,
  state: "Enabled",
  status: "Ready",
  createDate: "Jun 7, 2017 9:20:17 PM",
  lastOpDate: "Jun 7, 2017 9:20:17 PM",
};
const inStatus = (status: VolumeSnapshotInventory["status"]) => ({ inventories: [{ ...READY, status }] });

type M = VolumeSnapshotReader;
function fakeZStack(
  get: Step<Awaited<ReturnType<M["getVolumeSnapshot"]>>>[],
  query: Step<Awaited<ReturnType<M["queryVolumeSnapshot"]>>>[] = [
    { throws: new Error("query not expected") },
  ],
) {
  const byUuid = scripted<Parameters<M["getVolumeSnapshot"]>[0], Awaited<ReturnType<M["getVolumeSnapshot"]>>>(
    get,
  );
  const byQuery = scripted<
    Parameters<M["queryVolumeSnapshot"]>[0],
    Awaited<ReturnType<M["queryVolumeSnapshot"]>>
  >(query);
  const volumeSnapshots: VolumeSnapshotReader = {
    getVolumeSnapshot: byUuid.method,
    queryVolumeSnapshot: byQuery.method,
  };
  return { volumeSnapshots, get: byUuid.calls, query: byQuery.calls };
}

describe("waitForVolumeSnapshot", () => {
  it("waits while the snapshot is Creating and resolves with it once Ready", async () => {
    const fake = fakeZStack([inStatus("Creating"), { inventories: [READY] }]);
    const states: string[] = [];
    const snapshot = await waitForVolumeSnapshot(
      fake.volumeSnapshots,
      { uuid: UUID },
      { onProgress: (s) => states.push(`${s.operation} ${s.status}`) },
      fakeTime().deps,
    );
    expect(snapshot).toEqual(READY);
    expect(states).toEqual(["getVolumeSnapshot Creating", "getVolumeSnapshot Ready"]);
    expect(fake.get[0]?.params).toEqual({ uuid: UUID });
  });

  it("queries by condition on a server without the by-UUID path (404), and keeps doing so", async () => {
    const missingPath = createHttpError({
      provider: "zstack",
      operation: "getVolumeSnapshot",
      method: "GET",
      url: "http://zs.example.test/zstack/v1/volume-snapshots/x",
      status: 404,
      body: "no api mapping to /v1/volume-snapshots/x",
    });
    const fake = fakeZStack([{ throws: missingPath }], [inStatus("Creating"), { inventories: [READY] }]);
    await expect(
      waitForVolumeSnapshot(fake.volumeSnapshots, { uuid: UUID }, {}, fakeTime().deps),
    ).resolves.toEqual(READY);
    expect(fake.get).toHaveLength(1);
    expect(fake.query.map((c) => c.params)).toEqual([{ q: [`uuid=${UUID}`] }, { q: [`uuid=${UUID}`] }]);
  });

  const failures = [
    { name: "is being deleted", given: inStatus("Deleting"), want: "Deleting" },
    { name: "was deleted", given: inStatus("Deleted"), want: "Deleted" },
    { name: "does not exist", given: { inventories: [] }, want: "NOT_FOUND" },
  ];
  it.each(failures)("fails when the snapshot $name", async ({ given, want }) => {
    const fake = fakeZStack([given]);
    const error = await waitForVolumeSnapshot(
      fake.volumeSnapshots,
      { uuid: UUID },
      {},
      fakeTime().deps,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotFailedError);
    expect(error).toMatchObject({ provider: "zstack", resourceId: UUID, providerStatus: want });
  });

  it("rejects a missing uuid before polling", async () => {
    const fake = fakeZStack([{ inventories: [READY] }]);
    await expect(
      waitForVolumeSnapshot(fake.volumeSnapshots, {} as never, {}, fakeTime().deps),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(fake.get).toHaveLength(0);
  });
});
