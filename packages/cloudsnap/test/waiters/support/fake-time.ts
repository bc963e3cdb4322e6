import type { Sleep } from "../../../src/core/abort";

/** A clock that only moves when the injected sleep is awaited; records every wait. */
export function fakeTime(start = 1_700_000_000_000) {
  let now = start;
  const waits: number[] = [];
  const sleep: Sleep = async (ms, signal) => {
    if (signal?.aborted) throw signal.reason;
    waits.push(ms);
    now += ms;
  };
  return {
    deps: { sleep, now: () => now },
    waits,
    /** Moves the clock without sleeping (e.g. a slow poll). */
    advance: (ms: number) => {
      now += ms;
    },
    elapsed: () => now - start,
  };
}
