// ZStack async jobs: a create answers 202 and a `location`, the job is polled until it ends. One
// `X-Job-UUID` for every copy of a create makes a retried create recognisable instead of run twice.

import { asSignal, withDeadline } from "../../core/abort";
import type { CallOptions } from "../../core/call-options";
import { DEFAULT_OVERALL_TIMEOUT_MS, ownProperties } from "../../core/call-options";
import { createValidationError } from "../../core/errors";
import { isBadRequestError, isNotFoundError, isServerError } from "../../core/guards";
import { loadPipeline } from "../../core/load-pipeline";
import type { OperationMetadata } from "../../core/metadata";
import { type ApiBinding, type CallResult, hasField } from "../../core/provider";
import { MAX_TIMER_MS } from "../../core/retry";
import { JobExpiredError } from "../../core/waiter-errors";
import {
  type Observation,
  pollUntil,
  resolveWaiterOptions,
  type Sleep,
  type WaiterState,
  type WaiterTuning,
} from "../../core/waiting";
import { hasJobUuid, JOB_UUID, JOB_UUID_PATTERN, jobUuidFromLocation } from "./job-id";
import { SESSION_EXPIRED_CODE } from "./rules";

/** First wait between api-job polls; it doubles up to `MAX_POLL_INTERVAL_MS`. */
const DEFAULT_POLL_INTERVAL_MS = 1_000;
const MAX_POLL_INTERVAL_MS = 10_000;
/** How long a create may take before the facade stops waiting (the job keeps running server-side). */
const DEFAULT_POLL_TIMEOUT_MS = 30 * 60_000;

/**
 * How to wait for a ZStack api-job. Defaults: first wait 1 s, ×2 up to 10 s, deadline 30 min
 * (then a `WaiterTimeoutError`; the job itself goes on server-side).
 */
export interface JobWaitOptions extends CallOptions, WaiterTuning {
  /** Called with every observed job state: `RUNNING`, then `SUCCEEDED`, `FAILED` or `EXPIRED`. */
  readonly onProgress?: (state: WaiterState<unknown>) => unknown;
}

const ZSTACK_JOB_TUNING = {
  intervalMs: DEFAULT_POLL_INTERVAL_MS,
  maxIntervalMs: MAX_POLL_INTERVAL_MS,
  backoff: 2,
  deadlineMs: DEFAULT_POLL_TIMEOUT_MS,
} as const;

const OPERATION = "getApiJob";

export { hasJobUuid, JOB_UUID, jobUuidFromLocation };

/** A fresh job id as ZStack wants it: a random UUID, lower-case hex, no dashes. */
export function generateJobUuid(): string {
  return globalThis.crypto.randomUUID().replaceAll("-", "");
}

/**
 * Gives a call of an operation that takes `X-Job-UUID` one job id for all its attempts: the
 * caller's (as a parameter, or in `headers`), else a fresh one. A retried create then carries the
 * same id, and ZStack refuses the second copy ("Duplicate job uuid") instead of running it twice.
 * Other operations' parameters and headers are returned unchanged.
 */
export function withJobUuid(
  operation: OperationMetadata,
  params: Record<string, unknown>,
  headers: Readonly<Record<string, string>> | undefined,
): { params: Record<string, unknown>; headers: Readonly<Record<string, string>> | undefined } {
  if (!hasField(operation, JOB_UUID)) return { params, headers };
  const headerName = Object.keys(headers ?? {}).find((name) => name.toLowerCase() === JOB_UUID.toLowerCase());
  const fromHeader = headerName === undefined ? undefined : headers?.[headerName];
  const given = params[JOB_UUID] ?? fromHeader;
  if (given !== undefined && (typeof given !== "string" || !JOB_UUID_PATTERN.test(given)))
    throw createValidationError({
      operation: operation.operationId,
      path: JOB_UUID,
      rule: "pattern",
      expected: JOB_UUID_PATTERN.source,
    });
  const rest = { ...headers };
  if (headerName !== undefined) delete rest[headerName];
  return { params: { ...params, [JOB_UUID]: given ?? generateJobUuid() }, headers: rest };
}

/**
 * ZStack's 400 "Duplicate job uuid[<id>]" naming the id this call sent: a job with that id was
 * already received. A refusal that names another id (or none) is not taken as proof.
 */
export function isDuplicateJob(error: unknown, operationId: string, jobUuid: string): boolean {
  if (!isBadRequestError(error) || error.operation !== operationId) return false;
  const text = `${error.providerMessage ?? ""} ${typeof error.body === "string" ? error.body : ""}`;
  return /Duplicate job uuid/i.test(text) && text.includes(`[${jobUuid}]`);
}

/** The implementation of `waitForJob` (see waiters.ts), loaded with the first create or wait. */
export async function waitForJob(
  jobUuid: string,
  poll: (jobUuid: string, options: CallOptions) => Promise<CallResult>,
  options: JobWaitOptions = {},
  sleep?: Sleep,
  now?: () => number,
): Promise<unknown> {
  const resolved = resolveWaiterOptions<unknown>("waitForJob", options, ZSTACK_JOB_TUNING);
  return pollUntil(
    {
      waiter: "waitForJob",
      provider: "zstack",
      resourceId: jobUuid,
      what: "ZStack job",
      operation: OPERATION,
    },
    async (call): Promise<Observation<unknown, unknown>> => {
      let result: CallResult;
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

/** Runs one async ZStack operation (a create answering 202) and waits for its job. */
export type JobFollower = (
  operation: OperationMetadata,
  params: unknown,
  options: JobWaitOptions | undefined,
) => Promise<unknown>;

/**
 * Submits an async operation with one `X-Job-UUID` for all its attempts, then polls the job on the
 * configured origin until it ends, all under one overall deadline (default: 2 min plus the job
 * deadline, `deadlineMs`). Everything is checked before the first byte: the create's parameters and
 * options, and the wait options.
 *
 * - A "Duplicate job uuid" answer to a retry proves an earlier copy of this create was received: its
 *   job is followed instead of failing, so a retried create never runs twice. The same answer to the
 *   first copy means the id was used before this call (a caller-chosen id reused): that is reported
 *   as the `BadRequestError`, never followed, so a reused id cannot hand back another snapshot's job.
 * - A job that failed with `ID.1001` was refused because the session expired before it ran: the
 *   session is renewed (once for all calls) and the create sent again with a new job id, once.
 */
export function createJobFollower(api: ApiBinding): JobFollower {
  // The waiter hands each poll its signal and a timeout cut to the time left; the create's own
  // headers (e.g. a Prefer) do not belong on the polls.
  const poll = (retry: CallOptions["retry"]) => (jobUuid: string, call: CallOptions) =>
    loadPipeline().then(({ callOperation }) =>
      callOperation(api, OPERATION, { jobUuid }, { ...call, ...(retry ? { retry } : {}) }),
    );

  return async (operation, params, options) => {
    const { operationId } = operation;
    const { callOperation, checkCall } = await loadPipeline();
    await checkCall(api, operationId, params, options);
    // Checked: an object of the operation's own fields (or nothing).
    const own = ownProperties({ ...(params as Record<string, unknown> | undefined) });
    const given = ownProperties(options ?? {});
    const { intervalMs, maxIntervalMs, backoff, deadlineMs, onProgress, ...callOptions } = given;
    const wait = withoutUndefined({
      intervalMs,
      maxIntervalMs,
      backoff,
      deadlineMs,
      onProgress,
      timeoutMs: given.timeoutMs,
    });
    resolveWaiterOptions("waitForJob", wait, ZSTACK_JOB_TUNING);
    const overallMs =
      given.overallTimeoutMs ??
      api.transport.overallTimeoutMs ??
      Math.min(MAX_TIMER_MS, DEFAULT_OVERALL_TIMEOUT_MS + (deadlineMs ?? DEFAULT_POLL_TIMEOUT_MS));
    return withDeadline(
      { operation: operationId, timeoutMs: overallMs, signal: given.signal },
      async (deadline) => {
        // The calls under this deadline watch it directly: no AbortController for the create or polls.
        const signal = asSignal(deadline);
        const submit = async (jobParams: Record<string, unknown>): Promise<unknown> => {
          const identified = withJobUuid(operation, jobParams, given.headers);
          // Copies of this create put on the wire: a duplicate is proof only once an earlier one went.
          let sends = 0;
          let jobUuid: string;
          try {
            const result = await callOperation(
              api,
              operationId,
              identified.params,
              { ...callOptions, signal, headers: identified.headers },
              { onSend: () => (sends += 1) },
            );
            if (result.status !== 202) return result.value;
            const location = (result.value as { location?: unknown }).location;
            jobUuid = jobUuidFromLocation(typeof location === "string" ? location : "");
          } catch (error) {
            const sent = identified.params[JOB_UUID];
            if (sends < 2 || typeof sent !== "string" || !isDuplicateJob(error, operationId, sent))
              throw error;
            jobUuid = sent;
          }
          return waitForJob(jobUuid, poll(given.retry), { ...wait, signal });
        };
        try {
          return await submit(own);
        } catch (error) {
          // Refused for an expired session before it ran: the poll's own recovery renewed the session;
          // send the create once more, under a new job id (the refused job keeps the old one).
          if (!isSessionRefusal(error) || own[JOB_UUID] !== undefined) throw error;
          return submit(own);
        }
      },
    );
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A job that failed with the session-expired code: nothing ran. */
function isSessionRefusal(error: unknown): boolean {
  return (
    isServerError(error) &&
    error.status === 503 &&
    error.code === SESSION_EXPIRED_CODE &&
    error.operation === OPERATION
  );
}
