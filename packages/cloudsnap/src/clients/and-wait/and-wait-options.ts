import type { CallOptions } from "../../http/call-options";
import type { WaiterOptions } from "../../waiters";

/** Options of a `…AndWait` method: the create's call options, plus how to wait (`wait`). */
export interface AndWaitOptions<Resource> extends CallOptions {
  /** Interval, backoff, deadline, signal and `onProgress` of the wait that follows the create. */
  readonly wait?: WaiterOptions<Resource>;
}

/** Options of a NAS create: the NAS snapshot reserve is checked first unless you accept the risk. */
export interface NasCreateOptions extends CallOptions {
  /**
   * Skip the refusal when the new snapshot could overflow the volume's snapshot reserve (or the
   * volume has none). NAVER Cloud may then fail the create or delete older snapshots to make room.
   */
  readonly acceptCapacityRisk?: boolean;
}

/** The waiter's own options, with the create's signal as a default so one abort stops both. */
export function waiterOptions<Resource>(
  options: AndWaitOptions<Resource> | undefined,
): WaiterOptions<Resource> {
  const wait = options?.wait ?? {};
  return options?.signal && !wait.signal ? { ...wait, signal: options.signal } : wait;
}
