// The one straight pipeline every facade call runs, top to bottom:
//
//   options → params (own fields only) → fill defaults → validate → build the request (body serialized once)
//   then per attempt: sign → send (one timeout, one signal, no redirect) → decode or a typed error
//                     → classify → back off or stop
//
// all under the call's overall deadline and the caller's signal. Provider knowledge comes in only
// through the `ApiBinding` (rules, authorizer, hooks) of `providers/<name>/`.

import {
  type AbortSource,
  type Deadline,
  isCallDeadline,
  sleep as realSleep,
  untilAborted,
  whenAborted,
  withDeadline,
} from "./abort";
import { ownProperties, resolveCallOptions } from "./call-options";
import { BodyDecodeFailure, decodeBody, ShapeMismatch } from "./decode";
import { CloudsnapError, createValidationError, DecodeError } from "./errors";
import { createHttpError, describeStatus, RedirectError } from "./http-errors";
import type { OperationMetadata } from "./metadata";
import type { Answer, ApiBinding, CallResult, SignedAttempt } from "./provider";
import { redactUrl, scrubSecrets, secretForms } from "./redact";
import { buildRequest } from "./request";
import {
  computeRetryDelay,
  isReadOperation,
  type RetryBudget,
  type RetryContext,
  retryBudgetFor,
} from "./retry";
import { sendRequest } from "./send";
import type { WireRequest } from "./signing";
import { validateParams } from "./validate";

/** Options only the core's own callers pass (a ZStack create's longer default deadline). */
export interface CallTuning {
  /** The overall deadline when neither the call nor the client sets one. */
  readonly defaultOverallMs?: number | undefined;
  /** Called as each copy of the request goes on the wire (ZStack tells a retry's duplicate from a reused id). */
  readonly onSend?: (() => void) | undefined;
}

/**
 * Runs one operation of a bound API and resolves to its decoded success (with status and headers),
 * or rejects with a typed error. Bad input and bad options are refused before anything is sent.
 */
export async function callOperation(
  api: ApiBinding,
  operationId: string,
  params: unknown,
  options?: unknown,
  tuning: CallTuning = {},
): Promise<CallResult> {
  const operation = Object.hasOwn(api.operations, operationId) ? api.operations[operationId] : undefined;
  if (!operation) throw new CloudsnapError(`unknown operation ${operationId}`);
  const call = resolveCallOptions(
    operationId,
    options,
    api.transport,
    api.authorizer.ownedHeaders,
    tuning.defaultOverallMs,
  );
  const own = ownFields(operationId, params);
  return withDeadline(
    { operation: operationId, timeoutMs: call.overallMs, signal: call.signal },
    async (deadline) => {
      // A hook's copy is normalised again: nothing it did not set may be inherited.
      const filled = api.fillDefaults ? ownProperties(await api.fillDefaults(operation, own)) : own;
      // Bad input is refused here, before anything is signed or sent.
      validateParams(operation, filled, api.shapes);
      const headers = { ...api.headersFor?.(operation, filled), ...call.headers };
      const request = buildRequest(api, operation, api.shapes, filled, headers);
      const context: RetryContext = {
        readOnly: isReadOperation(operation),
        identified: api.isIdentified?.(operation, filled) ?? false,
        policy: call.policy,
        classifyAnswer: api.rules.classifyAnswer,
      };
      return runAttempts(api, operation, request, call.timeoutMs, deadline, context, tuning.onSend);
    },
  );
}

/**
 * Checks a call's options and parameters exactly as {@link callOperation} would, and sends nothing:
 * for a method that must do other I/O first (the NAS capacity guard) yet refuse bad input before it.
 */
export async function checkCall(
  api: ApiBinding,
  operationId: string,
  params: unknown,
  options?: unknown,
): Promise<void> {
  const operation = Object.hasOwn(api.operations, operationId) ? api.operations[operationId] : undefined;
  if (!operation) throw new CloudsnapError(`unknown operation ${operationId}`);
  resolveCallOptions(operationId, options, api.transport, api.authorizer.ownedHeaders);
  const own = ownFields(operationId, params);
  validateParams(
    operation,
    api.fillDefaults ? ownProperties(await api.fillDefaults(operation, own)) : own,
    api.shapes,
  );
}

/**
 * The caller's parameters as their own enumerable fields on a null prototype: what is validated is
 * exactly what is sent, so nothing inherited (an `Object.create({...})` object, a polluted
 * `Object.prototype`) can reach the wire unchecked.
 */
function ownFields(operation: string, params: unknown): Record<string, unknown> {
  if (params === undefined) return ownProperties({});
  if (typeof params !== "object" || params === null || Array.isArray(params)) {
    throw createValidationError({ operation, path: "(input)", rule: "type", expected: "object" });
  }
  return ownProperties(params as Record<string, unknown>);
}

/** A failure while signing (credentials, a login or token call that already ran its own retries). */
export class SignFailure {
  constructor(readonly error: unknown) {}
}

async function runAttempts(
  api: ApiBinding,
  operation: OperationMetadata,
  request: WireRequest,
  attemptMs: number,
  deadline: Deadline,
  context: RetryContext,
  onSend: (() => void) | undefined,
): Promise<CallResult> {
  const { transport } = api;
  const failures: Record<RetryBudget, number> = { standard: 0, busy: 0 };
  for (let attempt = 1; ; attempt++) {
    try {
      const { answer, signed } = await sendSigned(api, operation.operationId, request, {
        attempt,
        attemptMs,
        deadline,
        onSend,
      });
      const value = await interpretResponse(api, operation, answer, signed.secrets);
      return { status: answer.status, headers: answer.headers, value };
    } catch (error) {
      if (error instanceof SignFailure) throw error.error;
      if (isCallDeadline(deadline) ? deadline.aborted : deadline.signal.aborted) throw error;
      const budget = retryBudgetFor(error, context);
      if (budget === undefined) throw error;
      const limits = budget === "busy" ? context.policy.resourceBusy : context.policy;
      failures[budget] += 1;
      if (failures[budget] >= limits.maxAttempts) throw error;
      const retryAfterMs = (error as { retryAfterMs?: number }).retryAfterMs;
      const delay = computeRetryDelay(
        failures[budget],
        { ...context.policy, baseDelayMs: limits.baseDelayMs, maxDelayMs: limits.maxDelayMs },
        retryAfterMs,
        transport.random ?? Math.random,
      );
      // Waiting past the deadline would only trade the provider's answer for a TimeoutError.
      if (delay >= deadline.remainingMs()) throw error;
      await (transport.sleep ?? realSleep)(delay, deadline.signal);
    }
  }
}

/** Where one attempt stands in its call. */
export interface AttemptContext {
  /** 1 for the first attempt of a call, 2 for its first retry, … */
  readonly attempt: number;
  readonly attemptMs: number;
  readonly deadline: Deadline;
  readonly onSend?: (() => void) | undefined;
}

/**
 * One attempt on the wire: signed afresh, sent, and, when the answer is a refusal that proves
 * nothing ran and that a new signature can fix (an expired token or session, a skewed clock),
 * signed and sent once more. A failure while signing is a `SignFailure`: it ends the call.
 */
export async function sendSigned(
  api: Pick<ApiBinding, "authorizer" | "transport" | "rules">,
  operationId: string,
  request: WireRequest,
  context: AttemptContext,
): Promise<{ answer: Answer; signed: SignedAttempt }> {
  const { authorizer, transport } = api;
  const { deadline } = context;
  // The call's own deadline is watched without its AbortSignal; any other deadline through its signal.
  const outer: AbortSource | AbortSignal = isCallDeadline(deadline) ? deadline : deadline.signal;
  if (outer.aborted) throw outer.reason;
  // One controller per attempt, aborting with the deadline or the caller: the signer and fetch share
  // its signal (each AbortSignal handed to fetch costs undici a listener and a finalizer).
  const controller = new AbortController();
  const release = whenAborted(outer, (reason) => controller.abort(reason));
  const sign = () =>
    untilAborted(authorizer.sign(request, controller.signal), outer).then(
      (signed) => withClientSecrets(signed, authorizer.secrets()),
      (error: unknown) => {
        throw new SignFailure(error);
      },
    );
  const send = (signed: SignedAttempt) => {
    context.onSend?.();
    return sendRequest(
      transport.fetch,
      { ...request, headers: { ...request.headers, ...signed.headers } },
      {
        operation: operationId,
        attempt: context.attempt,
        logger: transport.logger,
        secrets: signed.secrets,
        signal: outer,
        controller,
        timeoutMs: context.attemptMs,
        maxBodyBytes: transport.maxBodyBytes,
        networkHint: api.rules.networkHint,
      },
    );
  };
  try {
    let signed = await sign();
    let answer = await send(signed);
    if (answer.status >= 400 && (await authorizer.recover?.(answer, signed, controller.signal))) {
      signed = await sign();
      answer = await send(signed);
    }
    return { answer, signed };
  } finally {
    release();
  }
}

/**
 * The attempt with every secret its client knows added to the ones it carries: a server may echo
 * what it learned on another request (the password of a login, an older token), and an answer to
 * this attempt must be scrubbed of those too.
 */
function withClientSecrets(signed: SignedAttempt, known: readonly string[]): SignedAttempt {
  const missing = known.filter((secret) => !signed.secrets.includes(secret));
  return missing.length === 0 ? signed : { ...signed, secrets: [...signed.secrets, ...missing] };
}

/**
 * Turns an answer into the decoded success value, or throws: a `RedirectError` for a 3xx (never followed),
 * a `DecodeError` for a success the spec does not declare (status, content type, a missing required
 * field, a body too deep), a typed `HttpError` for a failure status. Every secret of the attempt is
 * scrubbed from the answer's text first, however the server reflected it.
 */
export async function interpretResponse(
  api: Pick<ApiBinding, "rules" | "shapes" | "unwrap">,
  operation: OperationMetadata,
  answer: Answer,
  secrets: readonly string[],
): Promise<unknown> {
  const { status } = answer;
  const text = scrubSecrets(answer.text, formsOf(secrets));
  const contentType = answer.headers.get("content-type");
  const provider = api.rules.provider;
  const operationId = operation.operationId;
  const maybe = isReadOperation(operation) ? "" : "; the request may have been received";
  if (status === 0 || (status >= 300 && status < 400)) throw redirectError(api, operation, answer, secrets);
  const declared = Object.hasOwn(operation.responses, String(status))
    ? operation.responses[String(status)]
    : undefined;
  if (status >= 200 && status < 300) {
    const fail = (what: string, cause?: unknown) =>
      new DecodeError(`${operationId}: ${what} (HTTP ${status})${maybe}`, {
        operation: operationId,
        status,
        ...(contentType === null ? {} : { contentType }),
        body: text,
        secrets,
        ...(cause === undefined ? {} : { cause }),
      });
    if (declared === undefined) {
      throw fail(
        `answered ${describeStatus(status)}, which the spec does not declare as a success of ${operationId}`,
      );
    }
    try {
      const value = await decodeBody({ text, contentType, content: declared.content, shapes: api.shapes });
      return api.unwrap ? api.unwrap(value) : value;
    } catch (error) {
      throw fail(describeDecodeFailure(error), error);
    }
  }
  const body = await decodeBody({ text, contentType, content: declared?.content, shapes: api.shapes }).catch(
    () => text,
  );
  throw createHttpError({
    provider,
    operation: operationId,
    method: answer.method,
    url: answer.url,
    status,
    headers: answer.headers,
    body,
    extract: api.rules.extractError,
    secrets,
  });
}

function redirectError(
  api: Pick<ApiBinding, "rules">,
  operation: OperationMetadata,
  answer: Answer,
  secrets: readonly string[],
): RedirectError {
  const location = answer.headers.get("location");
  let locationOrigin: string | undefined;
  try {
    locationOrigin = location ? new URL(location, answer.url).origin : undefined;
  } catch {
    locationOrigin = undefined;
  }
  const target = locationOrigin ? `a redirect to ${redactUrl(locationOrigin)}` : "a redirect";
  const what = answer.status === 0 ? "a redirect" : `${describeStatus(answer.status)}, ${target}`;
  return new RedirectError(
    `${operation.operationId} (${api.rules.provider}): ${answer.method} ${redactUrl(answer.url)} answered ${what}. ` +
      "Redirects are refused: cloudsnap never forwards credentials or signatures to another host" +
      `${isReadOperation(operation) ? "" : "; the request may have been received"}`,
    {
      provider: api.rules.provider,
      operation: operation.operationId,
      status: answer.status,
      method: answer.method,
      url: answer.url,
      locationOrigin,
      secrets,
    },
  );
}

function describeDecodeFailure(error: unknown): string {
  if (error instanceof SyntaxError) return "malformed body";
  if (error instanceof ShapeMismatch) return `body does not match the spec at ${error.message}`;
  if (error instanceof BodyDecodeFailure) return error.message;
  return error instanceof Error ? error.message : "undecodable body";
}

/** Secret spellings, cached per secret: a client's keys stay the same from call to call. */
const formCache = new Map<string, readonly string[]>();

function formsOf(secrets: readonly string[]): readonly string[] {
  if (secrets.length === 0) return [];
  const out: string[] = [];
  for (const secret of secrets) {
    let forms = formCache.get(secret);
    if (forms === undefined) {
      forms = secretForms([secret]);
      if (formCache.size > 256) formCache.clear();
      formCache.set(secret, forms);
    }
    out.push(...forms);
  }
  return out.sort((a, b) => b.length - a.length);
}
