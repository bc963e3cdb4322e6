/**
 * Settles with `work`, or rejects with the signal's reason as soon as `signal` aborts, whichever
 * comes first. Work that ignores its signal (a fetch implementation, a credential provider) can then
 * never hold a call past its deadline.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    // Always observed, so a late rejection of `work` is never an unhandled one.
    work.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
