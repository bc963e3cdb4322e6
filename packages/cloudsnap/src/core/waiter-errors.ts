// The verdicts of waiters and guards: a snapshot failed, a wait timed out, a job's result expired, a
// looked-up resource is not there, a snapshot would overflow its reserve.

import {
  CloudsnapError,
  type CloudsnapErrorOptions,
  MAX_PROVIDER_MESSAGE,
  TimeoutError,
  type TimeoutErrorOptions,
  withoutUndefined,
} from "./errors";
import type { Provider } from "./http-errors";
import { redactText } from "./redact";

/** Options for {@link SnapshotFailedError}. */
export interface SnapshotFailedErrorOptions extends CloudsnapErrorOptions {
  provider: Provider;
  /** The operation whose answer showed the failure, e.g. `showJob` or `getSnapshotHistory`. */
  operation: string;
  /** The snapshot (or job) that was waited on, as the provider names it. */
  resourceId: string;
  /** The provider's own status word, verbatim (`FAIL`, `error`, `Deleted`, …). */
  providerStatus: string;
  /** The provider's own explanation, when it gives one (`fail_reason`, a history message, …). */
  reason?: string;
  /** The provider's own error code, when it gives one (`error_code`, …). */
  code?: string;
}

/**
 * The provider reports that the snapshot will not become usable: it failed, vanished or is being
 * deleted. `providerStatus`, `reason` and `code` are the provider's own words.
 */
export class SnapshotFailedError extends CloudsnapError {
  override readonly name: string = "SnapshotFailedError";
  readonly provider: Provider;
  readonly operation: string;
  readonly resourceId: string;
  readonly providerStatus: string;
  readonly reason: string | undefined;
  readonly code: string | undefined;

  constructor(message: string, options: SnapshotFailedErrorOptions) {
    super(message, options);
    const secrets = options.secrets ?? [];
    this.provider = options.provider;
    this.operation = options.operation;
    this.resourceId = options.resourceId;
    // Some providers' "status" is free text (Search Engine history messages): scrub it like the reason.
    this.providerStatus = redactText(options.providerStatus, secrets).slice(0, MAX_PROVIDER_MESSAGE);
    this.reason =
      options.reason === undefined || options.reason === ""
        ? undefined
        : redactText(options.reason, secrets).slice(0, MAX_PROVIDER_MESSAGE);
    this.code =
      options.code === undefined || options.code === "" ? undefined : redactText(options.code, secrets);
  }

  override toJSON(): Record<string, unknown> {
    const { provider, operation, resourceId, providerStatus, reason, code } = this;
    return withoutUndefined({
      ...super.toJSON(),
      provider,
      operation,
      resourceId,
      providerStatus,
      code,
      reason,
    });
  }
}

/** What a waiter saw on its last completed poll. */
export interface LastWaiterState {
  /** 1 for the first poll. */
  readonly attempt: number;
  /** Milliseconds since the waiter started. */
  readonly elapsedMs: number;
  /** The provider's own status word at that poll. */
  readonly status: string;
  /** The operation that answered (e.g. `showJobV2` after a fallback). */
  readonly operation: string;
  /** The provider's object as decoded (not printed by `toJSON`). */
  readonly resource?: unknown;
}

/** Options for {@link WaiterTimeoutError}. */
export interface WaiterTimeoutErrorOptions extends Omit<TimeoutErrorOptions, "deadline" | "method" | "url"> {
  /** The waiter that gave up, e.g. `waitForEvsSnapshot`. */
  waiter: string;
  /** The operation being polled. */
  operation: string;
  provider: Provider;
  /** The snapshot (or job) waited on. */
  resourceId: string;
  /** The last state seen; absent when no poll answered before the deadline. */
  lastState?: LastWaiterState;
}

/**
 * A waiter's overall deadline (`deadlineMs`) passed before the snapshot became usable. Nothing was
 * cancelled at the provider: the snapshot may still finish. `lastState` is the last status seen.
 * It is a `TimeoutError` with `deadline: "overall"`.
 */
export class WaiterTimeoutError extends TimeoutError {
  override readonly name: string = "WaiterTimeoutError";
  readonly waiter: string;
  readonly provider: Provider;
  readonly resourceId: string;
  readonly lastState: LastWaiterState | undefined;

  constructor(message: string, options: WaiterTimeoutErrorOptions) {
    super(message, { ...options, deadline: "overall" });
    this.waiter = options.waiter;
    this.provider = options.provider;
    this.resourceId = options.resourceId;
    this.lastState = options.lastState;
  }

  override toJSON(): Record<string, unknown> {
    const { waiter, provider, resourceId, lastState } = this;
    const last = lastState && {
      attempt: lastState.attempt,
      elapsedMs: lastState.elapsedMs,
      status: lastState.status,
      operation: lastState.operation,
    };
    return withoutUndefined({ ...super.toJSON(), waiter, provider, resourceId, lastState: last });
  }
}

/** Options for {@link JobExpiredError}. */
export interface JobExpiredErrorOptions extends CloudsnapErrorOptions {
  provider: Provider;
  /** The polling operation that answered 404, e.g. `getApiJob`. */
  operation: string;
  /** The job whose result is gone. */
  jobUuid: string;
}

/**
 * An async job's result was lost: the provider no longer knows the job (ZStack keeps finished results
 * for 3 hours by default, and answers an unknown id the same way). The work itself may have
 * succeeded, so look the snapshot up before creating another one. `cause` is the 404 `NotFoundError`.
 */
export class JobExpiredError extends CloudsnapError {
  override readonly name: string = "JobExpiredError";
  readonly provider: Provider;
  readonly operation: string;
  readonly jobUuid: string;

  constructor(message: string, options: JobExpiredErrorOptions) {
    super(message, options);
    this.provider = options.provider;
    this.operation = options.operation;
    this.jobUuid = options.jobUuid;
  }

  override toJSON(): Record<string, unknown> {
    const { provider, operation, jobUuid } = this;
    return { ...super.toJSON(), provider, operation, jobUuid };
  }
}

/** Options for {@link ResourceNotFoundError}. */
export interface ResourceNotFoundErrorOptions extends CloudsnapErrorOptions {
  provider: Provider;
  /** The check or waiter that looked, e.g. `checkNasSnapshotCapacity`. */
  operation: string;
  /** What was looked for, e.g. `Classic NAS volume`. */
  resourceType: string;
  /** The id that was looked for. */
  resourceId: string;
}

/**
 * A lookup succeeded but the resource is not there (a list came back without it). Unlike
 * `NotFoundError`, no HTTP 404 was involved: the id is unknown to this account, region or site.
 */
export class ResourceNotFoundError extends CloudsnapError {
  override readonly name: string = "ResourceNotFoundError";
  readonly provider: Provider;
  readonly operation: string;
  readonly resourceType: string;
  readonly resourceId: string;

  constructor(message: string, options: ResourceNotFoundErrorOptions) {
    super(message, options);
    this.provider = options.provider;
    this.operation = options.operation;
    this.resourceType = options.resourceType;
    this.resourceId = options.resourceId;
  }

  override toJSON(): Record<string, unknown> {
    const { provider, operation, resourceType, resourceId } = this;
    return { ...super.toJSON(), provider, operation, resourceType, resourceId };
  }
}

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
