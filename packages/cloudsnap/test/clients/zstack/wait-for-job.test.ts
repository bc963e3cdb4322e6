import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { jobUuidFromLocation, waitForJob } from "../../../src/clients/zstack/wait-for-job";
import { ServerError, TimeoutError } from "../../../src/errors";
import type { CallOptions } from "../../../src/http/call-options";
import type { InvokeResult } from "../../../src/http/invoke-operation";

const JOB = "9b1f4e0c2d3a4b5c6d7e8f9a0b1c2d3e";
const DONE = { inventory: { uuid: "snap-1", status: "Ready" } };

/** Answers each poll with the next status; 200 carries the finished job. */
function polls(statuses: number[]) {
  const calls: Array<{ jobUuid: string; options: CallOptions }> = [];
  const poll = async (jobUuid: string, options: CallOptions): Promise<InvokeResult> => {
    calls.push({ jobUuid, options });
    const status = statuses[calls.length - 1] ?? 202;
    return { status, headers: new Headers(), value: status === 200 ? DONE : {} };
  };
  return { poll, calls };
}

/** A sleep that records each wait and moves the (fake) clock by it. */
function recordingSleep() {
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
    vi.setSystemTime(Date.now() + ms);
  };
  return { sleep, waits };
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse("2025-03-01T12:00:00Z") });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("waitForJob", () => {
  it("polls until 200 and returns that answer's value", async () => {
    const { poll, calls } = polls([202, 202, 200]);
    const { sleep, waits } = recordingSleep();
    expect(await waitForJob(JOB, poll, {}, sleep)).toEqual(DONE);
    expect(calls.map((c) => c.jobUuid)).toEqual([JOB, JOB, JOB]);
    expect(waits).toEqual([1_000, 2_000]);
  });

  const intervals = [
    {
      name: "from 1 s up to the 10 s cap",
      given: { options: {}, running: 7 },
      want: [1_000, 2_000, 4_000, 8_000, 10_000, 10_000, 10_000],
    },
    {
      name: "from the given first interval",
      given: { options: { pollIntervalMs: 3_000 }, running: 4 },
      want: [3_000, 6_000, 10_000, 10_000],
    },
  ];
  it.each(intervals)("doubles the wait $name", async ({ given, want }) => {
    const { poll } = polls([...Array<number>(given.running).fill(202), 200]);
    const { sleep, waits } = recordingSleep();
    await waitForJob(JOB, poll, given.options, sleep);
    expect(waits).toEqual(want);
  });

  it("raises an overall TimeoutError naming the job once the deadline has passed", async () => {
    const { poll, calls } = polls([]);
    const { sleep, waits } = recordingSleep();
    const error = await waitForJob(JOB, poll, { pollTimeoutMs: 2_500 }, sleep).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ deadline: "overall", timeoutMs: 2_500, operation: "getApiJob" });
    expect((error as TimeoutError).message).toContain(JOB);
    expect(waits).toEqual([1_000, 1_500]);
    expect(calls).toHaveLength(3);
  });

  it("passes the call options, signal included, to every poll", async () => {
    const { poll, calls } = polls([202, 200]);
    const controller = new AbortController();
    await waitForJob(JOB, poll, { signal: controller.signal, timeoutMs: 5 }, recordingSleep().sleep);
    expect(calls.every((c) => c.options.signal === controller.signal && c.options.timeoutMs === 5)).toBe(
      true,
    );
  });

  it("stops waiting with the abort reason when the signal aborts between polls", async () => {
    const { poll, calls } = polls([]);
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    const pending = waitForJob(JOB, poll, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(500);
    controller.abort(reason);
    expect(await pending).toBe(reason);
    expect(calls).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects at once when the signal was aborted before the first wait", async () => {
    const { poll } = polls([]);
    const reason = new Error("already cancelled");
    await expect(waitForJob(JOB, poll, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it("passes a poll's typed error through", async () => {
    const failure = new ServerError("getApiJob failed", {
      provider: "zstack",
      operation: "getApiJob",
      status: 503,
      method: "GET",
      url: "http://zs.example.test/zstack/v1/api-jobs/x",
    });
    const poll = () => Promise.reject(failure);
    await expect(waitForJob(JOB, poll, {}, recordingSleep().sleep)).rejects.toBe(failure);
  });
});

describe("jobUuidFromLocation", () => {
  const good = [
    {
      name: "an absolute URL on the node's internal host",
      given: `http://10.0.0.5:8080/zstack/v1/api-jobs/${JOB}`,
      want: JOB,
    },
    { name: "a relative location", given: `/zstack/v1/api-jobs/${JOB}`, want: JOB },
    {
      name: "a location with a query and a fragment",
      given: `https://zs/zstack/v1/api-jobs/${JOB}?x=1#y`,
      want: JOB,
    },
    { name: "a percent-encoded segment", given: "http://zs/zstack/v1/api-jobs/ab%2Dcd", want: "ab-cd" },
  ];
  it.each(good)("takes the job id from $name", ({ given, want }) => {
    expect(jobUuidFromLocation(given)).toBe(want);
  });

  const bad = [
    { name: "a location without the job segment", given: "http://10.0.0.5:8080/zstack/v1/api-jobs/" },
    { name: "a location elsewhere", given: `http://10.0.0.5:8080/zstack/v1/volumes/${JOB}` },
    { name: "an empty location", given: "" },
  ];
  it.each(bad)("refuses $name", ({ given }) => {
    expect(() => jobUuidFromLocation(given)).toThrow("ZStack answered 202 without an api-jobs location");
  });
});
