import type { LastWaiterState, Provider } from "../errors";
import type { Sleep } from "../http/sleep";

/** One observation a waiter made, as passed to `onProgress`. */
export interface WaiterState<Resource> extends LastWaiterState {
  readonly provider: Provider;
  /** The snapshot (or job) waited on. */
  readonly resourceId: string;
  /** The provider's object at this poll, as decoded; absent when there was none (e.g. vanished). */
  readonly resource?: Resource;
}

/** Timing of a waiter. Every field is optional; each waiter documents its defaults. */
export interface WaiterTuning {
  /** First wait between polls, in milliseconds. */
  readonly intervalMs?: number;
  /** Longest wait between polls, in milliseconds. */
  readonly maxIntervalMs?: number;
  /** Factor applied to the wait after each poll (≥ 1; 1 means a fixed interval). */
  readonly backoff?: number;
  /** Overall deadline from the first poll, in milliseconds; then `WaiterTimeoutError`. */
  readonly deadlineMs?: number;
}

/** Options every waiter takes. */
export interface WaiterOptions<Resource> extends WaiterTuning {
  /** Stops waiting (and any poll in flight) with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Per-poll attempt timeout in milliseconds (the client's default when left out). */
  readonly timeoutMs?: number;
  /**
   * Called with every observed state, the final one included, before the waiter resolves or
   * rejects. An exception thrown here rejects the waiter with it.
   */
  readonly onProgress?: (state: WaiterState<Resource>) => void;
}

/** What a waiter needs from the outside world; real timers and clock unless given (tests). */
export interface WaiterDeps {
  readonly sleep?: Sleep;
  /** Milliseconds since an arbitrary origin, like `Date.now`. */
  readonly now?: () => number;
}

/** The call options a waiter passes to each poll. */
export interface PollCallOptions {
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  /** What is left of the waiter's deadline: one poll (with its retries) never outlives it by much. */
  readonly overallTimeoutMs?: number;
}

/** What one poll found: still pending, done (with the waiter's result), or failed. */
export type Observation<Resource, Result> =
  | {
      readonly kind: "pending";
      readonly operation: string;
      readonly status: string;
      readonly resource?: Resource;
    }
  | {
      readonly kind: "done";
      readonly operation: string;
      readonly status: string;
      readonly resource?: Resource;
      readonly result: Result;
    }
  | {
      readonly kind: "failed";
      readonly operation: string;
      readonly status: string;
      readonly resource?: Resource;
      readonly error: Error;
    };

export type { Sleep };
