// Classic NAS snapshot capacity: the reserve a new snapshot needs, checked before every create
// (the provider warns that overflowing it may fail the snapshot or delete older ones).

import type { classicNas } from "@cloudsnap/ncloud";
import { ownProperties } from "../../core/call-options";
import { createValidationError, requireId } from "../../core/errors";
import {
  ResourceNotFoundError,
  SnapshotCapacityError,
  type SnapshotCapacityFigures,
  type SnapshotCapacityRisk,
} from "../../core/waiter-errors";
import type { ClassicNasMethods, NasVolumeSnapshot } from "./types";

/**
 * Free share of the NAS snapshot reserve required before a new snapshot, by default: a new snapshot
 * starts near 0 bytes but grows with every block changed afterwards, and no usage forecast exists.
 */
export const DEFAULT_NAS_SAFETY_MARGIN_RATIO = 0.2;

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

/** The methods {@link checkNasSnapshotCapacity} calls: a `classicNas` client group fits. */
export type NasCapacityReader = Pick<
  ClassicNasMethods,
  "getNasVolumeInstanceList" | "getNasVolumeSnapshotList"
>;

/** Options for {@link checkNasSnapshotCapacity}. */
export interface NasCapacityCheckOptions {
  /** Return the figures instead of refusing when the rule fails (default `false`). */
  readonly acceptRisk?: boolean;
  /** Share of the reserve that must stay free, from 0 to below 1 (default 0.2). */
  readonly safetyMarginRatio?: number;
  readonly signal?: AbortSignal;
  /** Per-call attempt timeout in milliseconds (the client's default when left out). */
  readonly timeoutMs?: number;
}

const CHECK = "checkNasSnapshotCapacity";

/**
 * Checks, before `createNasVolumeSnapshot`, that a new snapshot fits the Classic NAS volume's
 * snapshot reserve. NCP warns that overflowing the reserve may fail the snapshot or delete older
 * snapshots (providers.md §2), so by default this refuses with `SnapshotCapacityError` (figures
 * and rule attached) when the volume reserves no snapshot space, when the reserve is full, or when
 * less than `safetyMarginRatio` (20 %) of it is free — see `assessNasCapacity` for the rule. With
 * `acceptRisk: true` it never refuses and reports the `risk` instead.
 *
 * Reads the volume with `getNasVolumeInstanceList` (filtered by `nasVolumeInstanceNoList`) for
 * `snapshotVolumeSize`, `isSnapshotConfiguration` and `snapshotVolumeConfigurationRatio`, then sums
 * `snapshotSize` over `getNasVolumeSnapshotList`. An unknown or returned volume is a
 * `ResourceNotFoundError`. The check is advisory: data written between it and the create still counts.
 */
export async function checkNasSnapshotCapacity(
  client: NasCapacityReader,
  target: { readonly nasVolumeInstanceNo: string },
  options: NasCapacityCheckOptions = {},
): Promise<NasCapacityReport> {
  const volumeNo = requireId(CHECK, "nasVolumeInstanceNo", target?.nasVolumeInstanceNo);
  const { acceptRisk, margin, call } = checkOptions(options);
  const volumes = await client.getNasVolumeInstanceList(
    { nasVolumeInstanceNoList: [volumeNo], responseFormatType: "json" },
    call,
  );
  const volume = (volumes.nasVolumeInstanceList ?? []).find((item) => item.nasVolumeInstanceNo === volumeNo);
  if (!volume || volume.nasVolumeInstanceStatus?.code === "TERMT") {
    throw new ResourceNotFoundError(
      `${CHECK}: Classic NAS volume ${volumeNo} ${volume ? "has been returned (status TERMT)" : "was not found"}; ` +
        "check the instance number, the site and the credentials' account",
      { provider: "ncloud", operation: CHECK, resourceType: "Classic NAS volume", resourceId: volumeNo },
    );
  }
  const snapshots = await client.getNasVolumeSnapshotList(
    { nasVolumeInstanceNo: volumeNo, responseFormatType: "json" },
    call,
  );
  const report = assessNasCapacity(volume, snapshots.nasVolumeSnapshotList ?? [], margin);
  if (report.risk && !acceptRisk) {
    throw new SnapshotCapacityError(`${CHECK}: NAS volume ${volumeNo} ${explain(report)}`, {
      operation: CHECK,
      risk: report.risk,
      rule: report.rule,
      resourceId: volumeNo,
      capacityBytes: report.capacityBytes,
      usedBytes: report.usedBytes,
      freeBytes: report.freeBytes,
      requiredFreeBytes: report.requiredFreeBytes,
    });
  }
  return report;
}

function explain(report: NasCapacityReport): string {
  const override = "or pass { acceptRisk: true } to take the snapshot anyway";
  if (report.risk === "no-reserve") {
    return (
      `reserves no space for snapshots (snapshotVolumeSize ${size(report.capacityBytes)}); a snapshot may fail ` +
      "or take space unpredictably. Reserve snapshot space (snapshotVolumeConfigurationRatio, in the console " +
      `or with changeNasVolumeSnapshotConfiguration) first, ${override}`
    );
  }
  const advice = `Delete old snapshots or enlarge the reserve, ${override}`;
  if (report.risk === "full") {
    return (
      `has its snapshot reserve full: snapshots use ${size(report.usedBytes)} of ${size(report.capacityBytes)}; ` +
      `a new snapshot may fail or make NAS delete older snapshots. ${advice}`
    );
  }
  return (
    `has only ${size(report.freeBytes)} of its ${size(report.capacityBytes)} snapshot reserve free, ` +
    `below the safety margin of ${size(report.requiredFreeBytes)} (${Math.round(report.safetyMarginRatio * 1000) / 10}%); ` +
    `a new snapshot grows with every change and could overflow it, making NAS delete older snapshots. ${advice}`
  );
}

function size(bytes: number): string {
  const gib = bytes / 2 ** 30;
  return `${bytes} bytes (${gib >= 0.1 || bytes === 0 ? gib.toFixed(1) : gib.toPrecision(2)} GiB)`;
}

function checkOptions(given: NasCapacityCheckOptions) {
  if (typeof given !== "object" || given === null) {
    throw createValidationError({ operation: CHECK, path: "options", rule: "type", expected: "object" });
  }
  const options = ownProperties(given);
  if (options.acceptRisk !== undefined && typeof options.acceptRisk !== "boolean") {
    throw createValidationError({
      operation: CHECK,
      path: "options.acceptRisk",
      rule: "type",
      expected: "boolean",
    });
  }
  const margin = options.safetyMarginRatio ?? DEFAULT_NAS_SAFETY_MARGIN_RATIO;
  if (typeof margin !== "number" || !Number.isFinite(margin) || margin < 0 || margin >= 1) {
    throw createValidationError({
      operation: CHECK,
      path: "options.safetyMarginRatio",
      rule: "range",
      expected: "a number from 0 to below 1",
    });
  }
  if (
    options.timeoutMs !== undefined &&
    !(typeof options.timeoutMs === "number" && options.timeoutMs > 0 && Number.isFinite(options.timeoutMs))
  ) {
    throw createValidationError({
      operation: CHECK,
      path: "options.timeoutMs",
      rule: "range",
      expected: "greater than 0",
    });
  }
  const call = {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  };
  return { acceptRisk: options.acceptRisk === true, margin, call };
}
