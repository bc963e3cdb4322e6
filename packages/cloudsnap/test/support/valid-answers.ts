// Success bodies that satisfy the specs (every required field present), for fakes that answer a
// call: since the facade refuses a success body the spec does not describe, fakes must be faithful.
// Values follow the specs' own examples.

import { blockSnapshotList, CREATING_BLOCK_SNAPSHOT } from "../waiters/support/ncloud-examples";

/** vserver.yaml: a create's answer, the new snapshot INIT/creating, wrapped in its `…Response` root. */
export function ncloudVpcCreated(instanceNo = CREATING_BLOCK_SNAPSHOT.blockStorageSnapshotInstanceNo) {
  return {
    createBlockStorageSnapshotInstanceResponse: blockSnapshotList({
      ...CREATING_BLOCK_SNAPSHOT,
      blockStorageSnapshotInstanceNo: instanceNo,
    }),
  };
}

/** evs.yaml: a create's 202 answer. */
export const EVS_CREATED = {
  job_id: "ff80808288d41e1b018a1d6f5b9d0d3c",
  snapshot_id: "bb02b5f0-7f48-4cd1-a7b5-e8a27b7b5e3f",
};

/** volume-snapshots.yaml: a snapshot inventory, as the job result and queries carry it. */
export function zstackInventory(overrides: Record<string, unknown> = {}) {
  return {
    uuid: "ec8f396d8a5d48ce8bd949d469c0be62",
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
    ...overrides,
  };
}
