import { CloudsnapError, type CloudsnapErrorOptions } from "./cloudsnap-error";

/**
 * Why a snapshot would be unsafe: `no-reserve` (the volume reserves no snapshot space),
 * `full` (the snapshots already fill the reserve), `below-margin` (less free reserve than the margin).
 */
export type SnapshotCapacityRisk = "no-reserve" | "full" | "below-margin";

/** The figures behind a capacity decision, in bytes. */
export interface SnapshotCapacityFigures {
  /** The volume the figures are about. */
  readonly resourceId: string;
  /** Bytes reserved for snapshots (0 when none). */
  readonly capacityBytes: number;
  /** Bytes the existing snapshots occupy. */
  readonly usedBytes: number;
  /** `capacityBytes - usedBytes`, never below 0. */
  readonly freeBytes: number;
  /** The free space the rule asks for before a new snapshot. */
  readonly requiredFreeBytes: number;
}

/** Options for {@link SnapshotCapacityError}. */
export interface SnapshotCapacityErrorOptions extends CloudsnapErrorOptions, SnapshotCapacityFigures {
  /** The check that refused, e.g. `checkNasSnapshotCapacity`. */
  operation: string;
  risk: SnapshotCapacityRisk;
  /** The rule that was applied, in words. */
  rule: string;
}

/**
 * A snapshot was refused before it was requested because the volume's snapshot reserve could
 * overflow (the provider may then fail the snapshot or delete older ones). Carries the figures.
 */
export class SnapshotCapacityError extends CloudsnapError {
  override readonly name: string = "SnapshotCapacityError";
  readonly operation: string;
  readonly risk: SnapshotCapacityRisk;
  readonly rule: string;
  readonly resourceId: string;
  readonly capacityBytes: number;
  readonly usedBytes: number;
  readonly freeBytes: number;
  readonly requiredFreeBytes: number;

  constructor(message: string, options: SnapshotCapacityErrorOptions) {
    super(message, options);
    this.operation = options.operation;
    this.risk = options.risk;
    this.rule = options.rule;
    this.resourceId = options.resourceId;
    this.capacityBytes = options.capacityBytes;
    this.usedBytes = options.usedBytes;
    this.freeBytes = options.freeBytes;
    this.requiredFreeBytes = options.requiredFreeBytes;
  }

  override toJSON(): Record<string, unknown> {
    const { operation, risk, rule, resourceId, capacityBytes, usedBytes, freeBytes, requiredFreeBytes } =
      this;
    return {
      ...super.toJSON(),
      operation,
      risk,
      resourceId,
      capacityBytes,
      usedBytes,
      freeBytes,
      requiredFreeBytes,
      rule,
    };
  }
}
