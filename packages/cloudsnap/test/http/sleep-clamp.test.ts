import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sleep } from "../../src/core/abort";
import { MAX_TIMER_MS as MAX_TIMER_DELAY_MS } from "../../src/core/retry";

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** An AbortSignal that counts its listeners, to prove they are removed. */
function countingSignal() {
  const controller = new AbortController();
  const signal = controller.signal;
  let listeners = 0;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((...args: Parameters<typeof add>) => {
    listeners += 1;
    add(...args);
  }) as typeof signal.addEventListener;
  signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
    listeners -= 1;
    remove(...args);
  }) as typeof signal.removeEventListener;
  return { controller, signal, listeners: () => listeners };
}

describe("sleep", () => {
  it("resolves after the delay and leaves no timer or listener behind", async () => {
    const { signal, listeners } = countingSignal();
    let done = false;
    const pending = sleep(1_000, signal).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(done).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
    expect(listeners()).toBe(0);
  });

  it("rejects with the abort reason as soon as the signal aborts and clears its timer", async () => {
    const { controller, signal } = countingSignal();
    const reason = new Error("stop");
    const pending = sleep(60_000, signal).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10);
    controller.abort(reason);
    expect(await pending).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects at once without a timer when the signal is already aborted", async () => {
    const reason = new Error("already");
    await expect(sleep(5_000, AbortSignal.abort(reason))).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  const clamps = [
    { name: "a delay beyond the 32-bit timer limit to that limit", given: 2 ** 40, want: MAX_TIMER_DELAY_MS },
    { name: "a negative delay to 0", given: -5, want: 0 },
  ];
  it.each(clamps)("clamps $name", async ({ given, want }) => {
    let done = false;
    const pending = sleep(given).then(() => {
      done = true;
    });
    if (want > 0) {
      await vi.advanceTimersByTimeAsync(want - 1);
      expect(done).toBe(false);
    }
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(done).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
