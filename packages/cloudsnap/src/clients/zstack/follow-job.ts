import type { OperationMetadata } from "@cloudsnap/zstack";
import type { ApiBinding } from "../../http/api-binding";
import type { CallOptions } from "../../http/call-options";
import { DEFAULT_OVERALL_TIMEOUT_MS, MAX_TIMER_MS } from "../../http/constants";
import { withDeadline } from "../../http/deadline";
import { type InvokeDeps, invokeOperation } from "../../http/invoke-operation";
import { resolveTimeouts } from "../../http/resolve-timeouts";
import type { RetryOptions } from "../../http/retry-policy";
import { DEFAULT_POLL_TIMEOUT_MS } from "./constants";
import { isDuplicateJob, JOB_UUID, withJobUuid } from "./job-uuid";
import { type JobWaitOptions, jobUuidFromLocation, waitForJob } from "./wait-for-job";

/** Runs one async ZStack operation (a create answering 202) and waits for its job. */
export type JobFollower = (
  operation: OperationMetadata,
  params: Record<string, unknown>,
  options: JobWaitOptions,
) => Promise<unknown>;

/**
 * Submits an async operation with one `X-Job-UUID` for all its attempts, then polls the job on the
 * configured origin until it ends, all under one overall deadline (default: 2 min plus the job
 * deadline, `deadlineMs` or `pollTimeoutMs`). A "Duplicate job uuid" answer to a retry proves an
 * earlier copy of this create was received: its job is followed instead of failing, so a retried
 * create never runs twice. The same answer to the first copy means the id was used before this call
 * (a caller-chosen id reused): that is reported as the `BadRequestError`, never followed, so a
 * reused id cannot hand back another snapshot's job.
 */
export function createJobFollower(api: ApiBinding, deps: InvokeDeps): JobFollower {
  // The waiter hands each poll its signal and a timeout cut to the time left; the create's own
  // headers (e.g. a Prefer) do not belong on the polls.
  const poll = (retry: RetryOptions | undefined) => (jobUuid: string, call: CallOptions) =>
    invokeOperation(api, deps, "getApiJob", { jobUuid }, { ...call, ...(retry ? { retry } : {}) });

  return async (operation, params, options) => {
    const { operationId } = operation;
    const identified = withJobUuid(operation, params, options.headers);
    const pollMs = options.deadlineMs ?? options.pollTimeoutMs ?? DEFAULT_POLL_TIMEOUT_MS;
    const { overallMs } = resolveTimeouts(
      operationId,
      deps,
      options,
      Math.min(MAX_TIMER_MS, DEFAULT_OVERALL_TIMEOUT_MS + (Number.isFinite(pollMs) ? pollMs : 0)),
    );
    return withDeadline(
      { operation: operationId, timeoutMs: overallMs, signal: options.signal },
      async ({ signal }) => {
        let jobUuid: string;
        // Copies of this create put on the wire: a duplicate is proof only once an earlier one went.
        let sends = 0;
        const counting: InvokeDeps = {
          ...deps,
          fetch: (request) => {
            sends += 1;
            return deps.fetch(request);
          },
        };
        try {
          const submit = {
            ...options,
            signal,
            ...(identified.headers ? { headers: identified.headers } : {}),
          };
          const result = await invokeOperation(api, counting, operationId, identified.params, submit);
          if (result.status !== 202) return result.value;
          const location = (result.value as { location?: unknown }).location;
          jobUuid = jobUuidFromLocation(typeof location === "string" ? location : "");
        } catch (error) {
          const sent = identified.params[JOB_UUID];
          if (sends < 2 || typeof sent !== "string" || !isDuplicateJob(error, operationId, sent)) throw error;
          jobUuid = sent;
        }
        return waitForJob(jobUuid, poll(options.retry), { ...options, signal });
      },
    );
  };
}
