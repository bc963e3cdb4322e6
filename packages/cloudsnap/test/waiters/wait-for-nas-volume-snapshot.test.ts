import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors";
import { SnapshotFailedError } from "../../src/core/waiter-errors";
import type { WaiterState } from "../../src/core/waiting";
import type { NasVolumeSnapshot } from "../../src/providers/ncloud/nas";
import { type NasSnapshotLister, waitForNasVolumeSnapshot } from "../../src/providers/ncloud/nas-waiter";
import { fakeTime } from "./support/fake-time";
import { nasSnapshotList, THREE_NAS_SNAPSHOTS } from "./support/ncloud-examples";
import { type Step, scripted } from "./support/scripted";

type Lister = NasSnapshotLister["getNasVolumeSnapshotList"];
type Answer = Awaited<ReturnType<Lister>>;

function fakeClassicNas(steps: Step<Answer>[]) {
  const { method, calls } = scripted<Parameters<Lister>[0], Answer>(steps);
  const classicNas: NasSnapshotLister = { getNasVolumeSnapshotList: method };
  return { classicNas, calls };
}

const VOLUME = "23420000";
const NEWEST = "now.20240403.164347";
const settled = THREE_NAS_SNAPSHOTS.map((s) => ({
  ...s,
  isBusy: false,
  snapshotSize: s.snapshotSize + 4096,
}));

describe("waitForNasVolumeSnapshot", () => {
  it("waits while the named snapshot is busy and resolves once it is not (spec example `threeSnapshots`)", async () => {
    const { classicNas, calls } = fakeClassicNas([
      nasSnapshotList(THREE_NAS_SNAPSHOTS),
      nasSnapshotList(settled),
    ]);
    const states: WaiterState<NasVolumeSnapshot>[] = [];
    const snapshot = await waitForNasVolumeSnapshot(
      classicNas,
      { nasVolumeInstanceNo: VOLUME, nasVolumeSnapshotName: NEWEST },
      { onProgress: (s) => states.push(s) },
      fakeTime().deps,
    );
    expect(snapshot).toEqual(settled[2]);
    expect(states.map((s) => [s.status, s.resourceId])).toEqual([
      ["BUSY", NEWEST],
      ["READY", NEWEST],
    ]);
    expect(calls[0]?.params).toEqual({ nasVolumeInstanceNo: VOLUME, responseFormatType: "json" });
  });

  it("resolves at the first poll when the snapshot is already settled", async () => {
    const { classicNas, calls } = fakeClassicNas([nasSnapshotList(THREE_NAS_SNAPSHOTS)]);
    const time = fakeTime();
    await waitForNasVolumeSnapshot(
      classicNas,
      { nasVolumeInstanceNo: VOLUME, nasVolumeSnapshotName: "now.20240402.090000" },
      {},
      time.deps,
    );
    expect(calls).toHaveLength(1);
    expect(time.waits).toEqual([]);
  });

  it("fails when the snapshot disappears from the list (e.g. removed when the reserve overflowed)", async () => {
    const { classicNas } = fakeClassicNas([
      nasSnapshotList(THREE_NAS_SNAPSHOTS),
      nasSnapshotList(THREE_NAS_SNAPSHOTS.filter((s) => s.nasVolumeSnapshotName !== NEWEST)),
    ]);
    const states: string[] = [];
    const error = await waitForNasVolumeSnapshot(
      classicNas,
      { nasVolumeInstanceNo: VOLUME, nasVolumeSnapshotName: NEWEST },
      { onProgress: (s) => states.push(s.status) },
      fakeTime().deps,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotFailedError);
    expect(error).toMatchObject({
      provider: "ncloud",
      operation: "getNasVolumeSnapshotList",
      resourceId: NEWEST,
      providerStatus: "NOT_FOUND",
    });
    expect((error as SnapshotFailedError).reason).toContain(
      "not among the 2 snapshots of NAS volume 23420000",
    );
    expect(states).toEqual(["BUSY", "NOT_FOUND"]);
  });

  it("treats a list answer without a list as no snapshots", async () => {
    const { classicNas } = fakeClassicNas([{ ...nasSnapshotList([]), nasVolumeSnapshotList: undefined }]);
    await expect(
      waitForNasVolumeSnapshot(
        classicNas,
        { nasVolumeInstanceNo: VOLUME, nasVolumeSnapshotName: NEWEST },
        {},
        fakeTime().deps,
      ),
    ).rejects.toMatchObject({ providerStatus: "NOT_FOUND" });
  });

  const bad = [
    {
      name: "a missing volume number",
      given: { nasVolumeSnapshotName: NEWEST },
      want: "nasVolumeInstanceNo",
    },
    {
      name: "a missing snapshot name",
      given: { nasVolumeInstanceNo: VOLUME },
      want: "nasVolumeSnapshotName",
    },
    {
      name: "an empty snapshot name",
      given: { nasVolumeInstanceNo: VOLUME, nasVolumeSnapshotName: "" },
      want: "nasVolumeSnapshotName",
    },
  ];
  it.each(bad)("rejects $name before polling", async ({ given, want }) => {
    const { classicNas, calls } = fakeClassicNas([nasSnapshotList(THREE_NAS_SNAPSHOTS)]);
    const error = await waitForNasVolumeSnapshot(classicNas, given as never, {}, fakeTime().deps).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ operation: "waitForNasVolumeSnapshot", path: want, rule: "required" });
    expect(calls).toHaveLength(0);
  });
});
