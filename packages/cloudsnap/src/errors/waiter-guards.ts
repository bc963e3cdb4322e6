import { CLOUDSNAP_ERROR } from "./constants";
import type { JobExpiredError } from "./job-expired-error";
import type { ResourceNotFoundError } from "./resource-not-found-error";
import type { SnapshotCapacityError } from "./snapshot-capacity-error";
import type { SnapshotFailedError } from "./snapshot-failed-error";
import type { WaiterTimeoutError } from "./waiter-timeout-error";

// Like the guards in guards.ts: compare `name` and the registered brand, never `instanceof`.
function named(value: unknown, name: string): boolean {
  if (typeof value !== "object" || value === null) return false;
  const record = value as { name?: unknown; [CLOUDSNAP_ERROR]?: unknown };
  return record[CLOUDSNAP_ERROR] === true && record.name === name;
}

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
