import { describe, expectTypeOf, it } from "vitest";
import { createHuaweiCloudClient, createNcloudClient, createZStackClient } from "../../src/index";

// Checked by `tsc` (the typecheck task): each @ts-expect-error must sit on a line that fails.
const ncloud = createNcloudClient({ credentials: { accessKey: "a", secretKey: "s" } });
const huawei = createHuaweiCloudClient({ credentials: { accessKey: "a", secretKey: "s" }, projectId: "p" });
const zstack = createZStackClient({
  credentials: { accountName: "admin", password: "pw" },
  host: "zstack.local",
});

describe("facade method types", () => {
  it("resolves NCP calls to the body without its …Response root", () => {
    const call = () => ncloud.classicNas.createNasVolumeSnapshot({ nasVolumeInstanceNo: "1" });
    type Result = Awaited<ReturnType<typeof call>>;
    expectTypeOf<Result>().toHaveProperty("nasVolumeSnapshotList");
    expectTypeOf<Result>().not.toHaveProperty("createNasVolumeSnapshotResponse");
  });

  it("requires the spec's required parameters", () => {
    // @ts-expect-error nasVolumeInstanceNo is required by the spec
    void (() => ncloud.classicNas.createNasVolumeSnapshot({}));
    // @ts-expect-error snapshot is required by the spec
    void (() => huawei.evs.createSnapshot({}));
    // @ts-expect-error params.name is required by the spec
    void (() => zstack.volumeSnapshots.createVolumeSnapshot({ volumeUuid: "v", params: {} }));
  });

  it("lets client settings fill region and project parameters", () => {
    expectTypeOf(huawei.evs.createSnapshot).parameter(0).toMatchTypeOf<{ snapshot: { volume_id: string } }>();
    void (() =>
      ncloud.searchEngine.createSnapshot({
        serviceGroupInstanceNo: "1",
        snapshotName: "abc",
        bucketName: "b",
      }));
  });

  it("resolves a ZStack create to the finished job's inventory", () => {
    const call = () =>
      zstack.volumeSnapshots.createVolumeSnapshot({ volumeUuid: "v", params: { name: "n" } });
    type Result = Awaited<ReturnType<typeof call>>;
    expectTypeOf<Result["inventory"]["uuid"]>().toEqualTypeOf<string>();
  });

  it("types Huawei's 202 body", () => {
    const call = () => huawei.evs.createSnapshot({ snapshot: { volume_id: "v" } });
    expectTypeOf<Awaited<ReturnType<typeof call>>>().toHaveProperty("snapshot_id");
  });
});
