import { afterEach, describe, expect, it, vi } from "vitest";
import { CloudsnapError, TimeoutError } from "../../src/core/errors";
import { SnapshotFailedError, WaiterTimeoutError } from "../../src/core/waiter-errors";
import type { Observation, PollCallOptions, WaiterOptions, WaiterState } from "../../src/core/waiting";
import { pollUntil, resolveWaiterOptions } from "../../src/core/waiting";
import { fakeTime } from "./support/fake-time";

const TARGET = {
  waiter: "waitForThing",
  provider: "huaweicloud",
  resourceId: "snap-1",
  what: "thing",
  operation: "showThing",
} as const;
const DEFAULTS = { intervalMs: 1_000, maxIntervalMs: 8_000, backoff: 2, deadlineMs: 60_000 };

type Obs = Observation<{ n: number }, string>;
const pending = (status = "creating"): Obs => ({
  kind: "pending",
  operation: "showThing",
  status,
  resource: { n: 0 },
});
const done: Obs = { kind: "done", operation: "showThing", status: "available", result: "the snapshot" };

/** A check answering with the given observations in order (the last one repeats). */
function checks(observations: Obs[]) {
  const calls: PollCallOptions[] = [];
  const check = async (call: PollCallOptions) => {
    calls.push(call);
    return observations[Math.min(calls.length - 1, observations.length - 1)] as Obs;
  };
  return { check, calls };
}

function run(observations: Obs[], options: WaiterOptions<{ n: number }> = {}) {
  const time = fakeTime();
  const { check, calls } = checks(observations);
  const states: WaiterState<{ n: number }>[] = [];
  const resolved = resolveWaiterOptions(
    "waitForThing",
    { onProgress: (s) => states.push(s), ...options },
    DEFAULTS,
  );
  const result = pollUntil(TARGET, check, resolved, time.deps);
  return { result, time, calls, states };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("pollUntil", () => {
  it("resolves with the result once a poll reports done", async () => {
    const { result, calls } = run([pending(), pending(), done]);
    await expect(result).resolves.toBe("the snapshot");
    expect(calls).toHaveLength(3);
  });

  const schedules = [
    {
      name: "doubles from the first interval up to the cap",
      given: {},
      want: [1_000, 2_000, 4_000, 8_000, 8_000, 8_000],
    },
    {
      name: "keeps a fixed interval with backoff 1",
      given: { backoff: 1, intervalMs: 3_000 },
      want: Array(6).fill(3_000),
    },
    {
      name: "grows by a fractional backoff",
      given: { backoff: 1.5 },
      want: [1_000, 1_500, 2_250, 3_375, 5_062.5, 7_593.75],
    },
  ];
  it.each(schedules)("waits between polls: $name", async ({ given, want }) => {
    const { result, time } = run([...Array<Obs>(6).fill(pending()), done], given);
    await result;
    expect(time.waits).toEqual(want);
  });

  it("reports every observed state to onProgress, the final one included", async () => {
    const { result, states } = run([pending("INIT"), pending("INIT"), done]);
    await result;
    expect(states).toEqual([
      {
        provider: "huaweicloud",
        resourceId: "snap-1",
        attempt: 1,
        elapsedMs: 0,
        operation: "showThing",
        status: "INIT",
        resource: { n: 0 },
      },
      {
        provider: "huaweicloud",
        resourceId: "snap-1",
        attempt: 2,
        elapsedMs: 1_000,
        operation: "showThing",
        status: "INIT",
        resource: { n: 0 },
      },
      {
        provider: "huaweicloud",
        resourceId: "snap-1",
        attempt: 3,
        elapsedMs: 3_000,
        operation: "showThing",
        status: "available",
      },
    ]);
  });

  it("rejects with the observation's error after reporting the failed state", async () => {
    const failure = new SnapshotFailedError("x failed", {
      provider: "huaweicloud",
      operation: "showThing",
      resourceId: "snap-1",
      providerStatus: "error",
    });
    const { result, states } = run([
      pending(),
      { kind: "failed", operation: "showThing", status: "error", error: failure },
    ]);
    await expect(result).rejects.toBe(failure);
    expect(states.map((s) => s.status)).toEqual(["creating", "error"]);
  });

  it("gives up at the deadline with a WaiterTimeoutError carrying the last state", async () => {
    const { result, time, calls } = run([pending("creating")], { deadlineMs: 10_000 });
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({
      name: "WaiterTimeoutError",
      waiter: "waitForThing",
      operation: "showThing",
      provider: "huaweicloud",
      resourceId: "snap-1",
      deadline: "overall",
      timeoutMs: 10_000,
      lastState: { attempt: 5, elapsedMs: 10_000, status: "creating", operation: "showThing" },
    });
    expect((error as Error).message).toBe(
      "waitForThing: thing snap-1 not ready within 10000 ms (last status creating from showThing at poll 5, after 10000 ms); it may still finish",
    );
    // 1 + 2 + 4 = 7 s, then the last wait is cut to the 3 s left.
    expect(time.waits).toEqual([1_000, 2_000, 4_000, 3_000]);
    expect(calls).toHaveLength(5);
  });

  it("passes the caller's signal and attempt timeout to every poll", async () => {
    const controller = new AbortController();
    const { result, calls } = run([pending(), done], { signal: controller.signal, timeoutMs: 7_000 });
    await result;
    expect(calls).toMatchObject([
      { signal: controller.signal, timeoutMs: 7_000 },
      { signal: controller.signal, timeoutMs: 7_000 },
    ]);
  });

  it("bounds each poll by what is left of the deadline, but never below 5 s, keeping the attempt timeout", async () => {
    const { result, calls } = run([pending(), pending(), pending(), done], {
      deadlineMs: 12_000,
      intervalMs: 4_000,
      backoff: 1,
      timeoutMs: 10_000,
    });
    await result;
    expect(calls.map((c) => c.overallTimeoutMs)).toEqual([12_000, 8_000, 5_000, 5_000]);
    expect(calls.map((c) => c.timeoutMs)).toEqual([10_000, 10_000, 10_000, 10_000]);
  });

  it("leaves the attempt timeout to the client when the waiter sets none", async () => {
    const { result, calls } = run([done]);
    await result;
    expect(calls).toHaveLength(1);
    expect(calls[0]).not.toHaveProperty("timeoutMs");
    expect(calls[0]?.overallTimeoutMs).toBeGreaterThan(0);
  });

  it("turns a poll that timed out past the deadline into a WaiterTimeoutError with that cause", async () => {
    const time = fakeTime();
    const slow = new TimeoutError("showThing timed out", { timeoutMs: 5_000, deadline: "attempt" });
    let polls = 0;
    const check = async (): Promise<Obs> => {
      polls += 1;
      if (polls === 1) return pending("creating");
      time.advance(10_000);
      throw slow;
    };
    const resolved = resolveWaiterOptions("waitForThing", { deadlineMs: 5_000 }, DEFAULTS);
    const error = await pollUntil(TARGET, check, resolved, time.deps).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect((error as WaiterTimeoutError).cause).toBe(slow);
    expect((error as WaiterTimeoutError).lastState).toMatchObject({ attempt: 1, status: "creating" });
  });

  it("passes a poll's timeout through while the deadline has not passed", async () => {
    const slow = new TimeoutError("showThing timed out", { timeoutMs: 5_000, deadline: "attempt" });
    const resolved = resolveWaiterOptions("waitForThing", {}, DEFAULTS);
    const check = () => Promise.reject(slow);
    await expect(pollUntil(TARGET, check, resolved, fakeTime().deps)).rejects.toBe(slow);
  });

  it("names no state when the only poll timed out past the deadline", async () => {
    const time = fakeTime();
    const check = async (): Promise<Obs> => {
      time.advance(6_000);
      throw new TimeoutError("late", { timeoutMs: 6_000, deadline: "attempt" });
    };
    const resolved = resolveWaiterOptions("waitForThing", { deadlineMs: 5_000 }, DEFAULTS);
    const error = (await pollUntil(TARGET, check, resolved, time.deps).catch(
      (e: unknown) => e,
    )) as WaiterTimeoutError;
    expect(error.lastState).toBeUndefined();
    expect(error.message).toContain("(no poll answered)");
    expect(error.operation).toBe("showThing");
  });

  it("passes any other poll error through unchanged", async () => {
    const broken = new CloudsnapError("boom");
    const resolved = resolveWaiterOptions("waitForThing", {}, DEFAULTS);
    await expect(pollUntil(TARGET, () => Promise.reject(broken), resolved, fakeTime().deps)).rejects.toBe(
      broken,
    );
  });

  it("rejects with an onProgress exception", async () => {
    const oops = new Error("callback broke");
    const resolved = resolveWaiterOptions(
      "waitForThing",
      {
        onProgress: () => {
          throw oops;
        },
      },
      DEFAULTS,
    );
    await expect(pollUntil(TARGET, checks([done]).check, resolved, fakeTime().deps)).rejects.toBe(oops);
  });

  it("does not poll when the signal is already aborted", async () => {
    const reason = new Error("cancelled");
    const { result, calls } = run([done], { signal: AbortSignal.abort(reason) });
    await expect(result).rejects.toBe(reason);
    expect(calls).toHaveLength(0);
  });

  it("stops during a real wait when the signal aborts and leaves no timer behind", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    const { check, calls } = checks([pending()]);
    const resolved = resolveWaiterOptions("waitForThing", { signal: controller.signal }, DEFAULTS);
    const outcome = pollUntil(TARGET, check, resolved).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(calls).toHaveLength(2);
    controller.abort(reason);
    expect(await outcome).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("polls on real timers when no sleep or clock is injected", async () => {
    vi.useFakeTimers();
    const { check, calls } = checks([pending(), pending(), done]);
    const resolved = resolveWaiterOptions("waitForThing", {}, DEFAULTS);
    const result = pollUntil(TARGET, check, resolved);
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_001);
    await expect(result).resolves.toBe("the snapshot");
    expect(calls).toHaveLength(3);
    expect(vi.getTimerCount()).toBe(0);
  });
});
