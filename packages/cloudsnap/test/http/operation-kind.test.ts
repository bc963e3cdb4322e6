import { evs, iam } from "@cloudsnap/huaweicloud";
import { classicNas, searchEngine, vserver } from "@cloudsnap/ncloud";
import { volumeSnapshots } from "@cloudsnap/zstack";
import { describe, expect, it } from "vitest";
import { isReadOperation } from "../../src/core/retry";

describe("isReadOperation", () => {
  const cases = [
    { name: "a get", given: "getApiJob", want: true },
    { name: "a list", given: "listSnapshots", want: true },
    { name: "a show", given: "showJobV2", want: true },
    { name: "a query", given: "queryVolumeSnapshot", want: true },
    { name: "a describe", given: "describeVolumes", want: true },
    { name: "a bare verb", given: "get", want: true },
    { name: "a create", given: "createSnapshot", want: false },
    { name: "a GET create (NCP …ViaGet)", given: "createNasVolumeSnapshotViaGet", want: false },
    { name: "an update", given: "updateAPIAuthenticationKey", want: false },
    { name: "a delete", given: "deleteSnapshot", want: false },
    { name: "a login", given: "logInByAccount", want: false },
    { name: "a logout", given: "logOut", want: false },
    { name: "a word that only starts like a verb", given: "getaway", want: false },
    { name: "an unknown verb", given: "restartCluster", want: false },
  ];
  it.each(cases)("classifies $name ($given) as read: $want", ({ given, want }) => {
    expect(isReadOperation({ operationId: given })).toBe(want);
  });

  const everyOperation = [classicNas, vserver, searchEngine, evs, iam, volumeSnapshots].flatMap((api) =>
    Object.values(api.OPERATIONS),
  );
  it.each(everyOperation.map((op) => ({ id: op.operationId, op })))(
    "never takes the spec operation $id for a read when it creates",
    ({ op }) => {
      if (/^(create|update|delete|log)/.test(op.operationId)) expect(isReadOperation(op)).toBe(false);
      else expect(isReadOperation(op)).toBe(true);
    },
  );
});
