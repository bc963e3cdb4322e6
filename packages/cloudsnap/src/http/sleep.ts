/** Waits `ms` milliseconds, or rejects with the signal's reason as soon as it aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** The longest delay `setTimeout` honours; a longer one would fire at once. */
export const MAX_TIMER_DELAY_MS = 2_147_483_647;

/**
 * A {@link Sleep} on a real timer, shared by retries and waiters. Rejects with `signal.reason` at
 * once if the signal is already aborted, or as soon as it aborts; the timer and the listener are
 * removed either way. Delays are clamped to what a timer can hold.
 */
export const sleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.min(Math.max(ms, 0), MAX_TIMER_DELAY_MS),
    );
    signal?.addEventListener("abort", onAbort, { once: true });
  });
