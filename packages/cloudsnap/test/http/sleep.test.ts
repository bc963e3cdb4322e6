import { afterEach, describe, expect, it, vi } from "vitest";
import { sleep } from "../../src/core/abort";

afterEach(() => {
  vi.useRealTimers();
});

describe("sleep", () => {
  it("resolves after the given time and leaves no timer", async () => {
    vi.useFakeTimers();
    let done = false;
    const pending = sleep(1_000).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(done).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects with the abort reason at once and clears its timer", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const pending = sleep(60_000, controller.signal).catch((e: unknown) => e);
    expect(vi.getTimerCount()).toBe(1);
    const reason = new Error("stop");
    controller.abort(reason);
    expect(await pending).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects without starting a timer when the signal is already aborted", async () => {
    vi.useFakeTimers();
    const reason = new Error("already");
    const error = await sleep(10, AbortSignal.abort(reason)).catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });
});
