import { NetworkError, TimeoutError } from "../errors";
import { logRequest, logResponse } from "../logging/format-log-line";
import { NOT_SENT_CODES } from "./constants";
import type { RawResponse, SendContext } from "./raw-response";
import { readBodyText } from "./read-body";
import { untilAborted } from "./until-aborted";

/**
 * Sends one attempt with its own timeout, combined with the caller's signal, and reads the whole
 * body. The timer is always cleared. Failures become `TimeoutError` or `NetworkError`. With a
 * logger, writes one redacted line for the request and one for its response (or failure).
 */
export async function sendRequest(
  fetchImpl: (request: Request) => Promise<Response>,
  request: Request,
  context: SendContext,
): Promise<RawResponse> {
  const entry = {
    operation: context.operation,
    attempt: context.attempt ?? 1,
    method: request.method,
    url: request.url,
  };
  const started = performance.now();
  logRequest(context.logger, { ...entry, headers: request.headers }, context.secrets);
  try {
    const raw = await sendUnlogged(fetchImpl, request, context);
    const requestId = raw.headers.get("x-request-id") ?? undefined;
    logResponse(
      context.logger,
      {
        ...entry,
        headers: raw.headers,
        status: raw.status,
        elapsedMs: performance.now() - started,
        ...(requestId ? { requestId } : {}),
      },
      context.secrets,
    );
    return raw;
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    logResponse(
      context.logger,
      { ...entry, headers: new Headers(), elapsedMs: performance.now() - started, error: message },
      context.secrets,
    );
    throw error;
  }
}

async function sendUnlogged(
  fetchImpl: (request: Request) => Promise<Response>,
  request: Request,
  context: SendContext,
): Promise<RawResponse> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), context.timeoutMs);
  const signal = context.signal ? AbortSignal.any([context.signal, timeout.signal]) : timeout.signal;
  const fields = {
    operation: context.operation,
    method: request.method,
    url: request.url,
    secrets: context.secrets,
  };
  try {
    // Raced against the signal too: a fetch implementation that ignores abort must not hang the call.
    const response = await untilAborted(fetchImpl(new Request(request, { signal })), signal);
    const text = await untilAborted(readBodyText(response, context.maxBodyBytes, context.operation), signal);
    return {
      status: response.status,
      headers: response.headers,
      text,
      method: request.method,
      url: request.url,
    };
  } catch (error) {
    if (context.signal?.aborted) throw context.signal.reason ?? error;
    if (timeout.signal.aborted) {
      throw new TimeoutError(`${context.operation}: no complete answer within ${context.timeoutMs} ms`, {
        ...fields,
        timeoutMs: context.timeoutMs,
        deadline: "attempt",
        cause: error,
      });
    }
    if (error instanceof Error && error.name === "DecodeError") throw error;
    throw new NetworkError(`${context.operation}: ${describeNetworkFailure(error)}`, {
      ...fields,
      maybeSent: !NOT_SENT_CODES.has(errorCode(error) ?? ""),
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

/** Node's fetch hides the socket error in `cause`; dig out its code. */
export function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function describeNetworkFailure(error: unknown): string {
  const code = errorCode(error);
  return code ? `network failure (${code})` : "network failure";
}
