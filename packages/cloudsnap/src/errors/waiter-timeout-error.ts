import { withoutUndefined } from "./cloudsnap-error";
import type { Provider } from "./http-error";
import { TimeoutError, type TimeoutErrorOptions } from "./timeout-error";

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
