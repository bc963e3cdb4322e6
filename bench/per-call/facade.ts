// (b) cloudsnap: the facade as a user calls it. Default global fetch, credentials passed directly,
// the loopback origin as `endpoint`; clients made once, outside the timed calls.
import { createHuaweiCloudClient, createNcloudClient, createZStackClient } from "cloudsnap";
import { FAKE_KEYS, IDS } from "../lib/constants";

/** The facade's calls, one per scenario, against `origin`. Each resolves to the id the scenario checks. */
export function createFacade(origin: string) {
  const ncloud = createNcloudClient({ credentials: FAKE_KEYS, endpoint: origin });
  const huawei = createHuaweiCloudClient({ credentials: FAKE_KEYS, endpoint: origin });
  const zstack = createZStackClient({
    credentials: { accessKeyId: FAKE_KEYS.accessKey, accessKeySecret: FAKE_KEYS.secretKey },
    endpoint: origin,
  });
  const huaweiParams = { project_id: IDS.huaweiProjectId, snapshot: { volume_id: IDS.huaweiVolumeId } };

  return {
    async ncloudVpcCreate(): Promise<string> {
      const created = await ncloud.vserver.createBlockStorageSnapshotInstance({
        originalBlockStorageInstanceNo: IDS.blockStorageInstanceNo,
        responseFormatType: "json",
      });
      return String(created.blockStorageSnapshotInstanceList?.[0]?.blockStorageSnapshotInstanceNo);
    },

    async huaweiEvsCreate(): Promise<string> {
      return String((await huawei.evs.createSnapshot(huaweiParams)).snapshot_id);
    },

    async zstackCreate(): Promise<string> {
      const done = await zstack.volumeSnapshots.createVolumeSnapshot({
        volumeUuid: IDS.zstackVolumeUuid,
        params: { name: IDS.zstackSnapshotName },
      });
      return String(done.inventory?.uuid);
    },

    async ncloudNasCreateXml(): Promise<string> {
      const created = await ncloud.classicNas.createNasVolumeSnapshot(
        { nasVolumeInstanceNo: IDS.nasVolumeInstanceNo },
        { acceptCapacityRisk: true },
      );
      return String(created.nasVolumeSnapshotList?.[0]?.nasVolumeSnapshotName);
    },

    async huaweiEvsCreateAndWait(): Promise<string> {
      const snapshot = await huawei.evs.createSnapshotAndWait(huaweiParams);
      return `${snapshot.id}:${snapshot.status}`;
    },
  };
}
