import type { NcloudClient } from "../clients/ncloud/create-ncloud-client";
import { createValidationError, ResourceNotFoundError, SnapshotCapacityError } from "../errors";
import { assessNasCapacity, type NasCapacityReport } from "./assess-nas-capacity";
import { DEFAULT_NAS_SAFETY_MARGIN_RATIO } from "./constants";
import { requireId } from "./resolve-waiter-options";

/** The methods {@link checkNasSnapshotCapacity} calls: a `classicNas` client group fits. */
export type NasCapacityReader = Pick<
  NcloudClient["classicNas"],
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

function checkOptions(options: NasCapacityCheckOptions) {
  if (typeof options !== "object" || options === null) {
    throw createValidationError({ operation: CHECK, path: "options", rule: "type", expected: "object" });
  }
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
