import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors";
import { isSnapshotCapacityError } from "../../src/core/guards";
import { ResourceNotFoundError, SnapshotCapacityError } from "../../src/core/waiter-errors";
import type { NasVolumeSnapshot } from "../../src/providers/ncloud/nas";
import type { NasVolumeInstance } from "../../src/providers/ncloud/nas-capacity";
import {
  checkNasSnapshotCapacity,
  type NasCapacityCheckOptions,
  type NasCapacityReader,
} from "../../src/providers/ncloud/nas-capacity";
import {
  nasSnapshotList,
  nasVolumeList,
  THREE_NAS_SNAPSHOTS,
  VOLUME_WITH_RESERVE,
  VOLUME_WITHOUT_RESERVE,
} from "./support/ncloud-examples";
import { scripted } from "./support/scripted";

type M = NasCapacityReader;
function fakeClassicNas(volumes: NasVolumeInstance[], snapshots: NasVolumeSnapshot[]) {
  const list = scripted<
    Parameters<M["getNasVolumeInstanceList"]>[0],
    Awaited<ReturnType<M["getNasVolumeInstanceList"]>>
  >([nasVolumeList(volumes)]);
  const snaps = scripted<
    Parameters<M["getNasVolumeSnapshotList"]>[0],
    Awaited<ReturnType<M["getNasVolumeSnapshotList"]>>
  >([nasSnapshotList(snapshots)]);
  const classicNas: NasCapacityReader = {
    getNasVolumeInstanceList: list.method,
    getNasVolumeSnapshotList: snaps.method,
  };
  return { classicNas, volumeCalls: list.calls, snapshotCalls: snaps.calls };
}

const VOLUME = "23420000";
const GIB = 2 ** 30;
const bigSnapshot = (bytes: number): NasVolumeSnapshot => ({
  nasVolumeSnapshotName: "now.20240401.000000",
  createDate: "2024-04-01T00:00:00+0900",
  snapshotSize: bytes,
  isBusy: false,
});

describe("checkNasSnapshotCapacity", () => {
  it("returns the figures for the spec's example volume and reads it by its number", async () => {
    const fake = fakeClassicNas([VOLUME_WITH_RESERVE], THREE_NAS_SNAPSHOTS);
    const report = await checkNasSnapshotCapacity(fake.classicNas, { nasVolumeInstanceNo: VOLUME });
    expect(report).toMatchObject({
      nasVolumeInstanceNo: VOLUME,
      capacityBytes: 53687091200,
      usedBytes: 2248704,
      freeBytes: 53687091200 - 2248704,
      requiredFreeBytes: 10737418240,
      snapshotConfigured: true,
      snapshotVolumeConfigurationRatio: 10,
      snapshotCount: 3,
      safetyMarginRatio: 0.2,
      risk: undefined,
    });
    expect(fake.volumeCalls[0]?.params).toEqual({
      nasVolumeInstanceNoList: [VOLUME],
      responseFormatType: "json",
    });
    expect(fake.snapshotCalls[0]?.params).toEqual({
      nasVolumeInstanceNo: VOLUME,
      responseFormatType: "json",
    });
  });

  const refusals = [
    {
      name: "a volume with no snapshot capacity configured",
      given: { volume: VOLUME_WITHOUT_RESERVE, snapshots: [] },
      want: { risk: "no-reserve", capacityBytes: 0, usedBytes: 0, freeBytes: 0 },
      message:
        "checkNasSnapshotCapacity: NAS volume 23420000 reserves no space for snapshots (snapshotVolumeSize 0 bytes (0.0 GiB))",
    },
    {
      name: "a full reserve",
      given: { volume: VOLUME_WITH_RESERVE, snapshots: [bigSnapshot(50 * GIB)] },
      want: { risk: "full", usedBytes: 50 * GIB, freeBytes: 0 },
      message:
        "has its snapshot reserve full: snapshots use 53687091200 bytes (50.0 GiB) of 53687091200 bytes (50.0 GiB)",
    },
    {
      name: "a reserve with less free space than the margin",
      given: { volume: VOLUME_WITH_RESERVE, snapshots: [bigSnapshot(45 * GIB)] },
      want: { risk: "below-margin", freeBytes: 5 * GIB, requiredFreeBytes: 10 * GIB },
      message: "below the safety margin of 10737418240 bytes (10.0 GiB) (20%)",
    },
  ];
  it.each(refusals)(
    "refuses $name with a SnapshotCapacityError carrying the figures",
    async ({ given, want, message }) => {
      const fake = fakeClassicNas([given.volume], given.snapshots);
      const error = await checkNasSnapshotCapacity(fake.classicNas, { nasVolumeInstanceNo: VOLUME }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SnapshotCapacityError);
      expect(isSnapshotCapacityError(error)).toBe(true);
      expect(error).toMatchObject({ operation: "checkNasSnapshotCapacity", resourceId: VOLUME, ...want });
      expect((error as SnapshotCapacityError).message).toContain(message);
      expect((error as SnapshotCapacityError).message).toContain("{ acceptRisk: true }");
      expect((error as SnapshotCapacityError).rule).toContain("a snapshot reserve must be configured");
    },
  );

  it.each(refusals)("returns the figures and the risk for $name with acceptRisk", async ({ given, want }) => {
    const fake = fakeClassicNas([given.volume], given.snapshots);
    const report = await checkNasSnapshotCapacity(
      fake.classicNas,
      { nasVolumeInstanceNo: VOLUME },
      { acceptRisk: true },
    );
    expect(report).toMatchObject(want);
  });

  it("applies a caller's margin", async () => {
    const fake = fakeClassicNas([VOLUME_WITH_RESERVE], [bigSnapshot(45 * GIB)]);
    const report = await checkNasSnapshotCapacity(
      fake.classicNas,
      { nasVolumeInstanceNo: VOLUME },
      { safetyMarginRatio: 0.05 },
    );
    expect(report).toMatchObject({ risk: undefined, requiredFreeBytes: Math.ceil(50 * GIB * 0.05) });
  });

  it("passes the caller's signal and timeout to both reads", async () => {
    const fake = fakeClassicNas([VOLUME_WITH_RESERVE], []);
    const controller = new AbortController();
    await checkNasSnapshotCapacity(
      fake.classicNas,
      { nasVolumeInstanceNo: VOLUME },
      { signal: controller.signal, timeoutMs: 4_000 },
    );
    const want = { signal: controller.signal, timeoutMs: 4_000 };
    expect([fake.volumeCalls[0]?.options, fake.snapshotCalls[0]?.options]).toEqual([want, want]);
  });

  const unknown = [
    {
      name: "a volume the list does not return",
      given: [],
      message: "Classic NAS volume 23420000 was not found",
    },
    {
      name: "a volume listed under another number only",
      given: [{ ...VOLUME_WITH_RESERVE, nasVolumeInstanceNo: "99" }],
      message: "was not found",
    },
    {
      name: "a returned volume",
      given: [{ ...VOLUME_WITH_RESERVE, nasVolumeInstanceStatus: { code: "TERMT" as const } }],
      message: "has been returned (status TERMT)",
    },
  ];
  it.each(unknown)(
    "reports $name as a ResourceNotFoundError without listing snapshots",
    async ({ given, message }) => {
      const fake = fakeClassicNas(given, []);
      const error = await checkNasSnapshotCapacity(
        fake.classicNas,
        { nasVolumeInstanceNo: VOLUME },
        { acceptRisk: true },
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResourceNotFoundError);
      expect(error).toMatchObject({
        provider: "ncloud",
        resourceType: "Classic NAS volume",
        resourceId: VOLUME,
      });
      expect((error as Error).message).toContain(message);
      expect(fake.snapshotCalls).toHaveLength(0);
    },
  );

  const bad: Array<{ name: string; target: unknown; options: unknown; want: string }> = [
    { name: "a missing volume number", target: {}, options: {}, want: "nasVolumeInstanceNo" },
    {
      name: "a margin of 1",
      target: { nasVolumeInstanceNo: VOLUME },
      options: { safetyMarginRatio: 1 },
      want: "options.safetyMarginRatio",
    },
    {
      name: "a negative margin",
      target: { nasVolumeInstanceNo: VOLUME },
      options: { safetyMarginRatio: -0.1 },
      want: "options.safetyMarginRatio",
    },
    {
      name: "an acceptRisk that is not a boolean",
      target: { nasVolumeInstanceNo: VOLUME },
      options: { acceptRisk: "yes" },
      want: "options.acceptRisk",
    },
    {
      name: "a zero timeout",
      target: { nasVolumeInstanceNo: VOLUME },
      options: { timeoutMs: 0 },
      want: "options.timeoutMs",
    },
  ];
  it.each(bad)("rejects $name before any call", async ({ target, options, want }) => {
    const fake = fakeClassicNas([VOLUME_WITH_RESERVE], []);
    const error = await checkNasSnapshotCapacity(
      fake.classicNas,
      target as never,
      options as NasCapacityCheckOptions,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ operation: "checkNasSnapshotCapacity", path: want });
    expect(fake.volumeCalls).toHaveLength(0);
  });
});
