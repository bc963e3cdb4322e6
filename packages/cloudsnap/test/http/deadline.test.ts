import { afterEach, describe, expect, it, vi } from "vitest";
import { withDeadline } from "../../src/core/abort";
import { TimeoutError } from "../../src/core/errors";

afterEach(() => {
  vi.useRealTimers();
});

const never = () => new Promise<never>(() => undefined);

describe("withDeadline", () => {
  it("resolves with the work's value and clears its timer", async () => {
    vi.useFakeTimers();
    const value = await withDeadline({ operation: "op", timeoutMs: 1_000 }, async () => 42);
    expect(value).toBe(42);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects with an overall TimeoutError when the deadline passes, even if the work ignores its signal", async () => {
    vi.useFakeTimers();
    const pending = withDeadline({ operation: "createSnapshot", timeoutMs: 500 }, never).catch(
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(500);
    const error = await pending;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ deadline: "overall", timeoutMs: 500, operation: "createSnapshot" });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("aborts the work's signal with the TimeoutError when the deadline passes", async () => {
    vi.useFakeTimers();
    let seen: AbortSignal | undefined;
    const pending = withDeadline({ operation: "op", timeoutMs: 100 }, async ({ signal }) => {
      seen = signal;
      return never();
    }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    const error = await pending;
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toBe(error);
  });

  it("rejects with the caller's reason when the caller aborts, and clears its timer", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const pending = withDeadline(
      { operation: "op", timeoutMs: 60_000, signal: controller.signal },
      never,
    ).catch((e: unknown) => e);
    const reason = new Error("user cancelled");
    controller.abort(reason);
    expect(await pending).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("does not start the work when the caller's signal is already aborted", async () => {
    const work = vi.fn(async () => 1);
    const reason = new Error("too late");
    const error = await withDeadline(
      { operation: "op", timeoutMs: 1_000, signal: AbortSignal.abort(reason) },
      work,
    ).catch((e: unknown) => e);
    expect(error).toBe(reason);
    expect(work).not.toHaveBeenCalled();
  });

  it("reports the time left, never below zero", async () => {
    vi.useFakeTimers();
    const left: number[] = [];
    await withDeadline({ operation: "op", timeoutMs: 1_000 }, async ({ remainingMs }) => {
      left.push(remainingMs());
      vi.setSystemTime(Date.now() + 400);
      left.push(remainingMs());
      vi.setSystemTime(Date.now() + 5_000);
      left.push(remainingMs());
    });
    expect(left).toEqual([1_000, 600, 0]);
  });

  it("passes the work's own failure through", async () => {
    const failure = new Error("boom");
    await expect(
      withDeadline({ operation: "op", timeoutMs: 1_000 }, async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
  });
});
