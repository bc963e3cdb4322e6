import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CallOptions } from "../../../src/core/call-options";
import { TimeoutError } from "../../../src/core/errors";
import { isJobExpiredError } from "../../../src/core/guards";
import { createHttpError, NotFoundError, ServerError } from "../../../src/core/http-errors";
import type { CallResult as InvokeResult } from "../../../src/core/provider";
import { JobExpiredError, WaiterTimeoutError } from "../../../src/core/waiter-errors";
import type { WaiterState } from "../../../src/core/waiting";
import { jobUuidFromLocation, waitForJob } from "../../../src/providers/zstack/jobs";
import { extractZStackError } from "../../../src/providers/zstack/rules";

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
      name: "with the given interval, backoff and cap",
      given: { options: { intervalMs: 500, backoff: 3, maxIntervalMs: 5_000 }, running: 4 },
      want: [500, 1_500, 4_500, 5_000],
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
    const error = await waitForJob(JOB, poll, { deadlineMs: 2_500 }, sleep).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect(error).toMatchObject({
      deadline: "overall",
      timeoutMs: 2_500,
      operation: "getApiJob",
      waiter: "waitForJob",
      resourceId: JOB,
      lastState: { attempt: 3, elapsedMs: 2_500, status: "RUNNING" },
    });
    expect((error as TimeoutError).message).toContain(JOB);
    expect(waits).toEqual([1_000, 1_500]);
    expect(calls).toHaveLength(3);
  });

  it("passes the signal and the attempt timeout, but not the create's headers, to every poll", async () => {
    const { poll, calls } = polls([202, 200]);
    const controller = new AbortController();
    await waitForJob(
      JOB,
      poll,
      { signal: controller.signal, timeoutMs: 5, headers: { "X-Job-UUID": JOB } },
      recordingSleep().sleep,
    );
    expect(calls.map((c) => c.options)).toMatchObject([
      { signal: controller.signal, timeoutMs: 5 },
      { signal: controller.signal, timeoutMs: 5 },
    ]);
    for (const call of calls) expect(call.options).not.toHaveProperty("headers");
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

  it("keeps a failed job's own error (503 ServerError with ZStack's code) and reports FAILED", async () => {
    const failure = createHttpError({
      extract: extractZStackError,
      provider: "zstack",
      operation: "getApiJob",
      status: 503,
      method: "GET",
      url: "http://zs.example.test/zstack/v1/api-jobs/x",
      body: { error: { code: "SYS.1006", description: "operation failed", details: "volume not enabled" } },
    });
    let calls = 0;
    const poll = async (): Promise<InvokeResult> => {
      calls += 1;
      if (calls === 1) return { status: 202, headers: new Headers(), value: {} };
      throw failure;
    };
    const states: string[] = [];
    const error = await waitForJob(
      JOB,
      poll,
      { onProgress: (s) => states.push(s.status) },
      recordingSleep().sleep,
    ).catch((e: unknown) => e);
    expect(error).toBe(failure);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ code: "SYS.1006", status: 503 });
    expect(states).toEqual(["RUNNING", "FAILED"]);
  });

  it("turns an expired or unknown job (404) into a JobExpiredError that says how to check", async () => {
    const expired = createHttpError({
      extract: extractZStackError,
      provider: "zstack",
      operation: "getApiJob",
      status: 404,
      method: "GET",
      url: `http://zs.example.test/zstack/v1/api-jobs/${JOB}`,
      body: "the job has been expired",
    });
    const states: string[] = [];
    const error = await waitForJob(
      JOB,
      () => Promise.reject(expired),
      { onProgress: (s) => states.push(s.status) },
      recordingSleep().sleep,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobExpiredError);
    expect(isJobExpiredError(error)).toBe(true);
    expect(error).toMatchObject({ provider: "zstack", operation: "getApiJob", jobUuid: JOB });
    expect((error as JobExpiredError).cause).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toContain(`ZStack job ${JOB} is unknown or its result expired`);
    expect((error as Error).message).toContain("the result was lost");
    expect((error as Error).message).toContain("The snapshot may have been created");
    expect((error as Error).message).toContain("queryVolumeSnapshot");
    expect(states).toEqual(["EXPIRED"]);
  });

  it("passes any other poll error through", async () => {
    const failure = createHttpError({
      extract: extractZStackError,
      provider: "zstack",
      operation: "getApiJob",
      status: 500,
      method: "GET",
      url: "http://zs.example.test/zstack/v1/api-jobs/x",
    });
    await expect(waitForJob(JOB, () => Promise.reject(failure), {}, recordingSleep().sleep)).rejects.toBe(
      failure,
    );
  });

  it("reports every job state to onProgress with the attempt and elapsed time", async () => {
    const { poll } = polls([202, 202, 200]);
    const states: WaiterState<unknown>[] = [];
    await waitForJob(JOB, poll, { onProgress: (s) => states.push(s) }, recordingSleep().sleep);
    expect(
      states.map((s) => [s.attempt, s.elapsedMs, s.status, s.operation, s.provider, s.resourceId]),
    ).toEqual([
      [1, 0, "RUNNING", "getApiJob", "zstack", JOB],
      [2, 1_000, "RUNNING", "getApiJob", "zstack", JOB],
      [3, 3_000, "SUCCEEDED", "getApiJob", "zstack", JOB],
    ]);
    expect(states[2]?.resource).toEqual(DONE);
  });

  it("rejects bad timing before the first poll", async () => {
    const { poll, calls } = polls([200]);
    await expect(waitForJob(JOB, poll, { backoff: 0 })).rejects.toMatchObject({
      name: "ValidationError",
      operation: "waitForJob",
      path: "options.backoff",
    });
    expect(calls).toHaveLength(0);
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
    {
      name: "a percent-encoded segment",
      given: `http://zs/zstack/v1/api-jobs/%${JOB.charCodeAt(0).toString(16)}${JOB.slice(1)}`,
      want: JOB,
    },
  ];
  it.each(good)("takes the job id from $name", ({ given, want }) => {
    expect(jobUuidFromLocation(given)).toBe(want);
  });

  const bad = [
    { name: "a location without the job segment", given: "http://10.0.0.5:8080/zstack/v1/api-jobs/" },
    { name: "a location elsewhere", given: `http://10.0.0.5:8080/zstack/v1/volumes/${JOB}` },
    { name: "an empty location", given: "" },
    { name: "a segment that climbs out of api-jobs", given: "http://zs/zstack/v1/api-jobs/../accounts" },
    { name: "an encoded slash", given: `http://zs/zstack/v1/api-jobs/${JOB}%2F..` },
    { name: "a segment that is not a job id", given: "http://zs/zstack/v1/api-jobs/ab%2Dcd" },
  ];
  it.each(bad)("refuses $name", ({ given }) => {
    expect(() => jobUuidFromLocation(given)).toThrow(
      "ZStack answered 202 without a usable api-jobs location",
    );
  });
});
