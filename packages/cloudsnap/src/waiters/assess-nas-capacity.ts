import type { classicNas } from "@cloudsnap/ncloud";
import type { SnapshotCapacityFigures, SnapshotCapacityRisk } from "../errors";
import type { NasVolumeSnapshot } from "./newest-nas-snapshot-name";

/** A Classic NAS volume as `getNasVolumeInstanceList` reports it. */
export type NasVolumeInstance = classicNas.components["schemas"]["NasVolumeInstance"];

/** The snapshot-reserve figures of a NAS volume and the verdict of the capacity rule. */
export interface NasCapacityReport extends SnapshotCapacityFigures {
  readonly nasVolumeInstanceNo: string;
  /** True when the volume reserves space for snapshots (`isSnapshotConfiguration` and a size above 0). */
  readonly snapshotConfigured: boolean;
  /** Share of the volume reserved for snapshots, in percent, as NCP reports it. */
  readonly snapshotVolumeConfigurationRatio: number | undefined;
  /** How many snapshots the volume holds now. */
  readonly snapshotCount: number;
  /** The share of the reserve that must stay free, 0 to < 1. */
  readonly safetyMarginRatio: number;
  /** What makes a new snapshot unsafe; `undefined` when the rule passes. */
  readonly risk: SnapshotCapacityRisk | undefined;
  /** The rule that was applied, in words. */
  readonly rule: string;
}

/**
 * The capacity rule, a pure function of the volume and its snapshots. A new snapshot starts near
 * 0 bytes but grows by every block changed after it, and NCP gives no forecast of that, so the rule
 * is conservative. It reports, in this order:
 * - `no-reserve` when the volume reserves no snapshot space (`isSnapshotConfiguration` false,
 *   `snapshotVolumeSize` 0 or absent, or a 0 % ratio): the create may then fail or take space
 *   unpredictably;
 * - `full` when the snapshots already use the whole reserve;
 * - `below-margin` when less than `safetyMarginRatio` of the reserve is free.
 */
export function assessNasCapacity(
  volume: NasVolumeInstance,
  snapshots: readonly NasVolumeSnapshot[],
  safetyMarginRatio: number,
): NasCapacityReport {
  const capacityBytes = bytes(volume.snapshotVolumeSize);
  const usedBytes = snapshots.reduce((sum, snapshot) => sum + bytes(snapshot.snapshotSize), 0);
  const freeBytes = Math.max(0, capacityBytes - usedBytes);
  const requiredFreeBytes = Math.ceil(capacityBytes * safetyMarginRatio);
  const ratio = volume.snapshotVolumeConfigurationRatio;
  const snapshotConfigured = volume.isSnapshotConfiguration !== false && capacityBytes > 0 && ratio !== 0;
  const risk: SnapshotCapacityRisk | undefined = !snapshotConfigured
    ? "no-reserve"
    : usedBytes >= capacityBytes
      ? "full"
      : freeBytes < requiredFreeBytes
        ? "below-margin"
        : undefined;
  const percent = `${Math.round(safetyMarginRatio * 1000) / 10}%`;
  return {
    resourceId: volume.nasVolumeInstanceNo,
    nasVolumeInstanceNo: volume.nasVolumeInstanceNo,
    capacityBytes,
    usedBytes,
    freeBytes,
    requiredFreeBytes,
    snapshotConfigured,
    snapshotVolumeConfigurationRatio: ratio,
    snapshotCount: snapshots.length,
    safetyMarginRatio,
    risk,
    rule:
      "a snapshot reserve must be configured, the existing snapshots must not fill it, and at least " +
      `${percent} of it must be free, because a new snapshot grows with every change made after it`,
  };
}

function bytes(value: number | undefined): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0;
}
