import type { OperationMetadata } from "@cloudsnap/ncloud";
import { CloudsnapError } from "../errors";
import type { Logger } from "../logging/logger";
import { validateParams } from "../validate";
import type { ApiBinding, BoundOperation } from "./api-binding";
import type { Authorizer } from "./authorizer";
import type { CallOptions } from "./call-options";
import { DEFAULT_MAX_BODY_BYTES } from "./constants";
import { type Deadline, withDeadline } from "./deadline";
import { interpretResponse } from "./interpret-response";
import { isReadOperation } from "./operation-kind";
import { resolveRetryPolicy } from "./resolve-retry-policy";
import { resolveTimeouts, type Timeouts } from "./resolve-timeouts";
import { retryBudgetFor } from "./retry-budget";
import type { RetryOptions } from "./retry-policy";
import { runWithRetries } from "./run-with-retries";
import { sendWithAuth } from "./send-with-auth";
import { type Sleep, sleep } from "./sleep";

/** What a facade client shares across its operations. */
export interface InvokeDeps {
  readonly fetch: (request: Request) => Promise<Response>;
  readonly authorizer: Authorizer;
  /** Per-attempt timeout (default 30 s). */
  readonly timeoutMs?: number;
  /** Overall deadline of a call (default 2 min). */
  readonly overallTimeoutMs?: number;
  /** The client's retry settings, under each call's. */
  readonly retry?: RetryOptions;
  readonly maxBodyBytes?: number;
  /** Backoff sleep (default: an abortable `setTimeout`); injectable for tests. */
  readonly sleep?: Sleep;
  /** Jitter source, values in [0, 1) (default `Math.random`). */
  readonly random?: () => number;
  /** Receives one redacted line per request and per response. */
  readonly logger?: Logger;
}

/** A decoded success and the status it came with (ZStack's api-jobs tell 202 "running" from 200). */
export interface InvokeResult {
  readonly status: number;
  readonly headers: Headers;
  readonly value: unknown;
}

/**
 * Runs one generated operation through the facade: the generated function builds the request from
 * the flat parameters (openapi-fetch), then each attempt is signed afresh, sent with its own timeout
 * and decoded by the spec or turned into a typed error; failures are retried by the retry policy
 * (a create only when nothing can have run), all under the call's overall deadline and signal.
 * openapi-fetch's own parsing is bypassed so the facade sees the raw body.
 */
export async function invokeOperation(
  api: ApiBinding,
  deps: InvokeDeps,
  operationId: string,
  params: Record<string, unknown> = {},
  options: CallOptions = {},
): Promise<InvokeResult> {
  const operation = api.operations[operationId];
  const bound = api.bound[operationId] as BoundOperation | undefined;
  if (!operation || !bound) throw new CloudsnapError(`unknown operation ${operationId}`);
  const policy = resolveRetryPolicy(operationId, deps.retry, options.retry);
  const timeouts = resolveTimeouts(operationId, deps, options);
  return withDeadline(
    { operation: operationId, timeoutMs: timeouts.overallMs, signal: options.signal },
    async (deadline) => {
      const filled = api.fillDefaults ? await api.fillDefaults(operation, params) : params;
      // Bad input is refused here, before anything is signed or sent.
      validateParams(operation, filled, api.shapes);
      const context = {
        operationId,
        readOnly: isReadOperation(operation),
        identified: api.isIdentified?.(operation, filled) ?? false,
        policy,
      };
      let result: InvokeResult | undefined;
      const transport = async (request: Request) => {
        const body = request.body ? await request.arrayBuffer() : undefined;
        let attempt = 0;
        result = await runWithRetries({
          attempt: () =>
            attemptOnce(api, deps, operation, copyRequest(request, body), timeouts, deadline, ++attempt),
          budgetFor: (error) => retryBudgetFor(error, context),
          policy,
          deadline,
          sleep: deps.sleep ?? sleep,
          random: deps.random ?? Math.random,
        });
        // openapi-fetch only built the request; the facade has decoded the answer itself.
        return new Response(null, { status: 204 });
      };
      const headers = { ...(api.headersFor?.(operation, filled) ?? {}), ...options.headers };
      // The generated function only builds the request; every attempt runs under `deadline.signal`.
      await bound(filled as never, {
        fetch: transport,
        headers,
        ...(options.signal ? { signal: options.signal } : {}),
      });
      if (!result) throw new CloudsnapError(`${operationId}: the request was not sent`);
      return result;
    },
  );
}

/** One attempt: signed afresh, sent with its own timeout, decoded or turned into a typed error. */
async function attemptOnce(
  api: ApiBinding,
  deps: InvokeDeps,
  operation: OperationMetadata,
  request: Request,
  timeouts: Timeouts,
  deadline: Deadline,
  attempt: number,
): Promise<InvokeResult> {
  const raw = await sendWithAuth(deps.fetch, request, deps.authorizer, {
    operation: operation.operationId,
    attempt,
    logger: deps.logger,
    signal: deadline.signal,
    timeoutMs: timeouts.attemptMs,
    maxBodyBytes: deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  });
  const value = await interpretResponse(api, operation, raw, deps.authorizer.secrets());
  return { status: raw.status, headers: raw.headers, value };
}

/** A fresh copy of the built request for one attempt, over the body bytes read once. */
function copyRequest(request: Request, body: ArrayBuffer | undefined): Request {
  return new Request(request.url, { method: request.method, headers: request.headers, body });
}
