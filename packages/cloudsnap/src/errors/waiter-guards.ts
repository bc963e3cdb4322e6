import { named } from "./guards";
import type { JobExpiredError } from "./job-expired-error";
import type { ResourceNotFoundError } from "./resource-not-found-error";
import type { SnapshotCapacityError } from "./snapshot-capacity-error";
import type { SnapshotFailedError } from "./snapshot-failed-error";
import type { WaiterTimeoutError } from "./waiter-timeout-error";

/** The provider reported that the snapshot failed or vanished. */
export function isSnapshotFailedError(value: unknown): value is SnapshotFailedError {
  return named(value, "SnapshotFailedError");
}
/** A waiter's overall deadline passed; `lastState` says where it stood. */
export function isWaiterTimeoutError(value: unknown): value is WaiterTimeoutError {
  return named(value, "WaiterTimeoutError");
}
/** A snapshot was refused because the snapshot reserve could overflow. */
export function isSnapshotCapacityError(value: unknown): value is SnapshotCapacityError {
  return named(value, "SnapshotCapacityError");
}
/** An async job's result was lost (expired or unknown job). */
export function isJobExpiredError(value: unknown): value is JobExpiredError {
  return named(value, "JobExpiredError");
}
/** A lookup found no such resource. */
export function isResourceNotFoundError(value: unknown): value is ResourceNotFoundError {
  return named(value, "ResourceNotFoundError");
}
