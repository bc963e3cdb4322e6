// Sends one attempt: one fetch with its own timeout under the call's signal, no redirect followed,
// the whole body read (bounded), failures turned into `TimeoutError` or `NetworkError`.

import { type AbortSource, untilAborted, whenAborted } from "./abort";
import { DecodeError, NetworkError, TimeoutError } from "./errors";
import { type Logger, logRequest, logResponse } from "./logging";
import type { Answer } from "./provider";
import { type WireRequest, wireUrl } from "./signing";

/** Node's error codes that prove a request never left this machine. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH"]);

/** What one attempt needs to know while sending. */
export interface SendContext {
  readonly operation: string;
  /** 1 for the first attempt of a call, 2 for its first retry, … (for log lines). */
  readonly attempt?: number;
  readonly logger?: Logger | undefined;
  /** Secret values of this attempt, scrubbed from errors and log lines. */
  readonly secrets: readonly string[];
  /** The call's signal (its deadline and the caller's abort), or the call's deadline itself. */
  readonly signal?: AbortSignal | AbortSource | undefined;
  /**
   * This attempt's controller, already aborting with `signal` (the pipeline makes it before signing,
   * so the signer and fetch share one signal); when absent, one is made here.
   */
  readonly controller?: AbortController | undefined;
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
  /** A provider's hint for a network failure (e.g. "check the region"). */
  readonly networkHint?: ((code: string | undefined, host: string) => string | undefined) | undefined;
}

/**
 * Sends one attempt and reads the whole answer. Redirects are never followed (`redirect: "manual"`):
 * the 3xx comes back as the answer, for the pipeline to refuse. Without a caller-given `fetchImpl`
 * the global `fetch(url, init)` is called directly (no `Request` object: see request.ts). With a
 * logger, writes one redacted line for the request and one for its answer (or failure).
 */
export async function sendRequest(
  fetchImpl: ((request: Request) => Promise<Response>) | undefined,
  request: WireRequest,
  context: SendContext,
): Promise<Answer> {
  const url = wireUrl(request);
  if (!context.logger) return sendUnlogged(fetchImpl, request, url, context);
  const entry = { operation: context.operation, attempt: context.attempt ?? 1, method: request.method, url };
  const started = performance.now();
  logRequest(context.logger, { ...entry, headers: request.headers }, context.secrets);
  try {
    const answer = await sendUnlogged(fetchImpl, request, url, context);
    const requestId = answer.headers.get("x-request-id") ?? undefined;
    const elapsedMs = performance.now() - started;
    const fields = { ...entry, headers: answer.headers, status: answer.status, elapsedMs };
    logResponse(context.logger, requestId ? { ...fields, requestId } : fields, context.secrets);
    return answer;
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const elapsedMs = performance.now() - started;
    logResponse(context.logger, { ...entry, headers: {}, elapsedMs, error: message }, context.secrets);
    throw error;
  }
}

async function sendUnlogged(
  fetchImpl: ((request: Request) => Promise<Response>) | undefined,
  request: WireRequest,
  url: string,
  context: SendContext,
): Promise<Answer> {
  const outer = context.signal;
  if (outer?.aborted) throw outer.reason;
  const linked = context.controller;
  const controller = linked ?? new AbortController();
  const timer = setTimeout(() => controller.abort(), context.timeoutMs);
  const release =
    outer && linked === undefined ? whenAborted(outer, (reason) => controller.abort(reason)) : undefined;
  const signal = controller.signal;
  const init: RequestInit = {
    method: request.method,
    headers: request.headers as Record<string, string>,
    signal,
    redirect: "manual",
  };
  if (request.body !== undefined) init.body = request.body as BodyInit;
  try {
    let response: Response;
    let text: string;
    if (fetchImpl) {
      // A caller's fetch may ignore its signal: race it, so it can never hold the call past its deadline.
      response = await untilAborted(fetchImpl(new Request(url, init)), signal);
      text = await untilAborted(readBodyText(response, context.maxBodyBytes, context.operation), signal);
    } else {
      // The global fetch honours the signal, for the answer and for reading its body.
      response = await fetch(url, init);
      text = await readBodyText(response, context.maxBodyBytes, context.operation, true);
    }
    return { status: response.status, headers: response.headers, text, method: request.method, url };
  } catch (error) {
    if (outer?.aborted) throw outer.reason ?? error;
    const fields = { operation: context.operation, method: request.method, url, secrets: context.secrets };
    if (signal.aborted) {
      throw new TimeoutError(
        `${context.operation}: no complete answer within ${context.timeoutMs} ms; the request may have been received`,
        { ...fields, timeoutMs: context.timeoutMs, deadline: "attempt", cause: error },
      );
    }
    if (error instanceof DecodeError) throw error;
    const code = errorCode(error);
    const sent = !NOT_SENT_CODES.has(code ?? "");
    const hint = context.networkHint?.(code, request.host);
    const where = request.host.includes(":")
      ? request.host
      : `${request.host}:${request.origin.startsWith("https:") ? 443 : 80}`;
    throw new NetworkError(
      `${context.operation}: ${describeNetworkFailure(code, where, sent)}${hint ? `; ${hint}` : ""}`,
      {
        ...fields,
        maybeSent: sent,
        ...(code === undefined ? {} : { code }),
        cause: error,
      },
    );
  } finally {
    clearTimeout(timer);
    release?.();
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

function describeNetworkFailure(code: string | undefined, host: string, sent: boolean): string {
  const outcome = sent ? "the request may have been received" : "the request was not sent";
  switch (code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `host ${host.replace(/:\d+$/, "")} did not resolve (${code}); ${outcome}`;
    case "ECONNREFUSED":
      return `connection to ${host} refused (${code}); ${outcome}`;
    case undefined:
      return `network failure talking to ${host}; ${outcome}`;
    default:
      return `network failure talking to ${host} (${code}); ${outcome}`;
  }
}

/**
 * Reads a body as UTF-8 text, refusing (not truncating) one larger than `maxBytes`. With
 * `lengthIsEnforced` (a response from the network, whose HTTP parser stops at the declared length),
 * a declared length within the limit is read in one go.
 */
export async function readBodyText(
  response: Response,
  maxBytes: number,
  operation: string,
  lengthIsEnforced = false,
): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(response, maxBytes, operation);
  }
  if (!response.body) return "";
  if (lengthIsEnforced && Number.isFinite(declared)) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(response, maxBytes, operation);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return decoder.decode(chunks[0]);
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decoder.decode(bytes);
}

const decoder = new TextDecoder();

function tooLarge(response: Response, maxBytes: number, operation: string): DecodeError {
  return new DecodeError(`${operation}: response body exceeds ${maxBytes} bytes`, {
    operation,
    status: response.status,
    contentType: response.headers.get("content-type") ?? undefined,
  });
}
