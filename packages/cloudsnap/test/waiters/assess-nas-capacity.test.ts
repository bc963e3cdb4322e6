import { describe, expect, it } from "vitest";
import type { NasVolumeSnapshot } from "../../src/providers/ncloud/nas";
import { assessNasCapacity } from "../../src/providers/ncloud/nas-capacity";
import { THREE_NAS_SNAPSHOTS, VOLUME_WITH_RESERVE, VOLUME_WITHOUT_RESERVE } from "./support/ncloud-examples";

const GIB = 2 ** 30;
const RESERVE = 53687091200; // 50 GiB, the spec example's snapshotVolumeSize
const used = (...sizes: number[]): NasVolumeSnapshot[] =>
  sizes.map((snapshotSize, i) => ({
    nasVolumeSnapshotName: `now.2024040${i}.000000`,
    createDate: `2024-04-0${i + 1}T00:00:00+0900`,
    snapshotSize,
    isBusy: false,
  }));

describe("assessNasCapacity", () => {
  const cases = [
    {
      name: "passes the spec's example volume with its three example snapshots",
      given: { volume: VOLUME_WITH_RESERVE, snapshots: THREE_NAS_SNAPSHOTS, margin: 0.2 },
      want: {
        risk: undefined,
        capacityBytes: RESERVE,
        usedBytes: 2248704,
        freeBytes: RESERVE - 2248704,
        snapshotCount: 3,
      },
    },
    {
      name: "reports no-reserve for a volume with no snapshot space configured",
      given: { volume: VOLUME_WITHOUT_RESERVE, snapshots: [], margin: 0.2 },
      want: { risk: "no-reserve", snapshotConfigured: false, capacityBytes: 0, freeBytes: 0 },
    },
    {
      name: "reports no-reserve when isSnapshotConfiguration is false despite a size",
      given: {
        volume: { ...VOLUME_WITH_RESERVE, isSnapshotConfiguration: false },
        snapshots: [],
        margin: 0.2,
      },
      want: { risk: "no-reserve", capacityBytes: RESERVE },
    },
    {
      name: "reports no-reserve when the reserve size is absent",
      given: {
        volume: { ...VOLUME_WITH_RESERVE, snapshotVolumeSize: undefined },
        snapshots: [],
        margin: 0.2,
      },
      want: { risk: "no-reserve", capacityBytes: 0 },
    },
    {
      name: "reports full when the snapshots use the whole reserve",
      given: { volume: VOLUME_WITH_RESERVE, snapshots: used(30 * GIB, 20 * GIB), margin: 0.2 },
      want: { risk: "full", usedBytes: RESERVE, freeBytes: 0 },
    },
    {
      name: "reports full, with no negative free space, when the snapshots overflow the reserve",
      given: { volume: VOLUME_WITH_RESERVE, snapshots: used(60 * GIB), margin: 0 },
      want: { risk: "full", freeBytes: 0 },
    },
    {
      name: "reports below-margin when less than the margin is free",
      given: { volume: VOLUME_WITH_RESERVE, snapshots: used(41 * GIB), margin: 0.2 },
      want: { risk: "below-margin", freeBytes: 9 * GIB, requiredFreeBytes: 10 * GIB },
    },
    {
      name: "passes exactly at the margin",
      given: { volume: VOLUME_WITH_RESERVE, snapshots: used(40 * GIB), margin: 0.2 },
      want: { risk: undefined, freeBytes: 10 * GIB, requiredFreeBytes: 10 * GIB },
    },
    {
      name: "passes a nearly full reserve with a margin of 0",
      given: { volume: VOLUME_WITH_RESERVE, snapshots: used(50 * GIB - 1), margin: 0 },
      want: { risk: undefined, freeBytes: 1, requiredFreeBytes: 0 },
    },
  ];
  it.each(cases)("$name", ({ given, want }) => {
    expect(assessNasCapacity(given.volume, given.snapshots, given.margin)).toMatchObject(want);
  });

  it("states the rule with the margin in percent", () => {
    expect(assessNasCapacity(VOLUME_WITH_RESERVE, [], 0.15).rule).toContain(
      "at least 15% of it must be free",
    );
  });
});
