import { MAX_TIMER_DELAY_MS } from "./constants";
import type { Sleep } from "./types";

/**
 * Waits `ms` milliseconds on a real timer. Rejects with `signal.reason` at once if the signal is
 * already aborted, or as soon as it aborts; the timer and the listener are removed either way.
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
