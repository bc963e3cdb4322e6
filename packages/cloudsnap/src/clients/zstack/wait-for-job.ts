import { DecodeError, isNotFoundError, isServerError, JobExpiredError } from "../../errors";
import type { CallOptions } from "../../http/call-options";
import type { InvokeResult } from "../../http/invoke-operation";
import { pollUntil } from "../../waiters/poll-until";
import { resolveWaiterOptions } from "../../waiters/resolve-waiter-options";
import type { Observation, Sleep, WaiterState, WaiterTuning } from "../../waiters/types";
import { DEFAULT_POLL_INTERVAL_MS, DEFAULT_POLL_TIMEOUT_MS, MAX_POLL_INTERVAL_MS } from "./constants";

/**
 * How to wait for a ZStack api-job. Defaults: first wait 1 s, ×2 up to 10 s, deadline 30 min
 * (then a `WaiterTimeoutError`; the job itself goes on server-side).
 */
export interface JobWaitOptions extends CallOptions, WaiterTuning {
  /** Called with every observed job state: `RUNNING`, then `SUCCEEDED`, `FAILED` or `EXPIRED`. */
  readonly onProgress?: (state: WaiterState<unknown>) => void;
  /** Older name of `intervalMs`; `intervalMs` wins when both are given. */
  readonly pollIntervalMs?: number;
  /** Older name of `deadlineMs`; `deadlineMs` wins when both are given. */
  readonly pollTimeoutMs?: number;
}

const ZSTACK_JOB_TUNING = {
  intervalMs: DEFAULT_POLL_INTERVAL_MS,
  maxIntervalMs: MAX_POLL_INTERVAL_MS,
  backoff: 2,
  deadlineMs: DEFAULT_POLL_TIMEOUT_MS,
} as const;

const OPERATION = "getApiJob";

/** The job id from a 202 `location`: only its last path segment is used (the host may be internal). */
export function jobUuidFromLocation(location: string): string {
  const match = /\/api-jobs\/([^/?#]+)/.exec(location);
  const fail = (cause?: unknown) =>
    new DecodeError("ZStack answered 202 without an api-jobs location", {
      operation: "createVolumeSnapshot",
      status: 202,
      ...(cause === undefined ? {} : { cause }),
    });
  if (!match?.[1]) throw fail();
  try {
    return decodeURIComponent(match[1]);
  } catch (cause) {
    throw fail(cause);
  }
}

/**
 * Polls `GET /zstack/v1/api-jobs/{uuid}` on the configured origin (never the host in `location`,
 * which may be the management node's internal address) until it answers 200, and resolves with that
 * answer's value. A 202 means still running. A 503 (the job failed) rejects with `poll`'s
 * `ServerError`, which keeps the job's own error code and message. A 404 means the job is unknown or
 * its result expired (3 h by default): that rejects with `JobExpiredError`, because the snapshot may
 * have been created. `sleep` and `now` are injectable for tests.
 */
export async function waitForJob(
  jobUuid: string,
  poll: (jobUuid: string, options: CallOptions) => Promise<InvokeResult>,
  options: JobWaitOptions = {},
  sleep?: Sleep,
  now?: () => number,
): Promise<unknown> {
  const { pollIntervalMs, pollTimeoutMs, ...rest } = options ?? {};
  const resolved = resolveWaiterOptions<unknown>(
    "waitForJob",
    {
      ...rest,
      ...(rest.intervalMs === undefined && pollIntervalMs !== undefined
        ? { intervalMs: pollIntervalMs }
        : {}),
      ...(rest.deadlineMs === undefined && pollTimeoutMs !== undefined ? { deadlineMs: pollTimeoutMs } : {}),
    },
    ZSTACK_JOB_TUNING,
  );
  return pollUntil(
    {
      waiter: "waitForJob",
      provider: "zstack",
      resourceId: jobUuid,
      what: "ZStack job",
      operation: OPERATION,
    },
    async (call): Promise<Observation<unknown, unknown>> => {
      let result: InvokeResult;
      try {
        result = await poll(jobUuid, call);
      } catch (error) {
        if (isNotFoundError(error)) {
          return { kind: "failed", operation: OPERATION, status: "EXPIRED", error: expired(jobUuid, error) };
        }
        if (isServerError(error) && error.status === 503) {
          return { kind: "failed", operation: OPERATION, status: "FAILED", error };
        }
        throw error;
      }
      if (result.status === 202) return { kind: "pending", operation: OPERATION, status: "RUNNING" };
      return {
        kind: "done",
        operation: OPERATION,
        status: "SUCCEEDED",
        resource: result.value,
        result: result.value,
      };
    },
    resolved,
    { ...(sleep ? { sleep } : {}), ...(now ? { now } : {}) },
  );
}

function expired(jobUuid: string, cause: unknown): JobExpiredError {
  return new JobExpiredError(
    `${OPERATION}: ZStack job ${jobUuid} is unknown or its result expired (404; finished results are kept ` +
      "3 hours by default), so the result was lost. The snapshot may have been created: look it up with " +
      'volumeSnapshots.queryVolumeSnapshot({ q: ["volumeUuid=<volume uuid>"] }) (or by the resourceUuid ' +
      "you chose, with waitForVolumeSnapshot) before creating another",
    { provider: "zstack", operation: OPERATION, jobUuid, cause },
  );
}
