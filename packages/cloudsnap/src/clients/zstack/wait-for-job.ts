import { DecodeError, TimeoutError } from "../../errors";
import type { CallOptions } from "../../http/call-options";
import type { InvokeResult } from "../../http/invoke-operation";
import { DEFAULT_POLL_INTERVAL_MS, DEFAULT_POLL_TIMEOUT_MS, MAX_POLL_INTERVAL_MS } from "./constants";

/** How to wait for a ZStack api-job. */
export interface JobWaitOptions extends CallOptions {
  /** First wait between polls (default 1 s); doubles up to 10 s. */
  readonly pollIntervalMs?: number;
  /** Give up waiting after this long (default 30 min); the job itself goes on server-side. */
  readonly pollTimeoutMs?: number;
}

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
 * which may be the management node's internal address) until 200. A 503 (job failed) or 404 (expired)
 * surfaces as the typed error `poll` throws.
 */
export async function waitForJob(
  jobUuid: string,
  poll: (jobUuid: string, options: CallOptions) => Promise<InvokeResult>,
  options: JobWaitOptions = {},
  sleep: (ms: number, signal?: AbortSignal) => Promise<void> = delay,
  now: () => number = Date.now,
): Promise<unknown> {
  const timeoutMs = options.pollTimeoutMs ?? DEFAULT_POLL_TIMEOUT_MS;
  const deadline = now() + timeoutMs;
  let interval = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  for (;;) {
    const result = await poll(jobUuid, options);
    if (result.status !== 202) return result.value;
    const remaining = deadline - now();
    if (remaining <= 0) {
      throw new TimeoutError(
        `getApiJob: job ${jobUuid} still running after ${timeoutMs} ms (last state: 202 running)`,
        {
          operation: "getApiJob",
          timeoutMs,
          deadline: "overall",
        },
      );
    }
    await sleep(Math.min(interval, remaining), options.signal);
    interval = Math.min(interval * 2, MAX_POLL_INTERVAL_MS);
  }
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
