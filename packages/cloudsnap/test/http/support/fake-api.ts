import type { Sleep } from "../../../src/core/abort";
import { type CallOptions, DEFAULT_MAX_BODY_BYTES } from "../../../src/core/call-options";
import type { Logger } from "../../../src/core/logging";
import type { OperationMetadata, Shape } from "../../../src/core/metadata";
import { type CallTuning, callOperation } from "../../../src/core/pipeline";
import type { ApiBinding, Authorizer, CallResult, ProviderRules } from "../../../src/core/provider";
import { type RetryOptions, resolveRetryPolicy } from "../../../src/core/retry";
import { HUAWEICLOUD_RULES } from "../../../src/providers/huaweicloud/rules";
import { NCLOUD_RULES } from "../../../src/providers/ncloud/rules";
import { ZSTACK_RULES } from "../../../src/providers/zstack/rules";

type ProviderName = ProviderRules["provider"];
const RULES: Record<ProviderName, ProviderRules> = {
  ncloud: NCLOUD_RULES,
  huaweicloud: HUAWEICLOUD_RULES,
  zstack: ZSTACK_RULES,
};

/** One operation of a fake API: a read or a create, by its operationId, taking any JSON body field. */
export function operation(
  operationId: string,
  method: OperationMetadata["method"] = "POST",
): OperationMetadata {
  return {
    operationId,
    method,
    path: `/v1/${operationId}`,
    parameters: [],
    // Open metadata: these fakes take any field, so the spec-driven validation lets them through
    // (a GET sends none of them: a GET has no body).
    requestBody: {
      mediaType: "application/json",
      required: false,
      schema: { type: "object", properties: {}, additionalProperties: { type: "any" } },
      properties: [],
    },
    security: [],
    responses: {
      "200": { content: { "application/json": { schema: { type: "any" } } } },
      "201": { content: { "application/json": { schema: { type: "any" } } } },
    },
  };
}

/** A fake API: operations and shapes of one provider, plus any of the binding's hooks. */
export interface FakeApi {
  readonly provider: ProviderName;
  readonly operations: Readonly<Record<string, OperationMetadata>>;
  readonly shapes: Readonly<Record<string, Shape>>;
  readonly hooks: Partial<Pick<ApiBinding, "fillDefaults" | "headersFor" | "isIdentified" | "unwrap">>;
}

/** A fake API of `operations` at https://api.example.test, answered by the provider's rules. */
export function fakeApi(
  operations: readonly OperationMetadata[],
  provider: ProviderName = "huaweicloud",
  hooks: FakeApi["hooks"] = {},
  shapes: Readonly<Record<string, Shape>> = {},
): FakeApi {
  return {
    provider,
    operations: Object.fromEntries(operations.map((op) => [op.operationId, op])),
    shapes,
    hooks,
  };
}

/** What a test gives the pipeline besides the API: a fetch, an authorizer, timeouts, retries, a sleep. */
export interface InvokeDeps {
  readonly fetch: (request: Request) => Promise<Response>;
  readonly authorizer: Authorizer;
  readonly timeoutMs?: number;
  readonly overallTimeoutMs?: number;
  readonly retry?: RetryOptions;
  readonly maxBodyBytes?: number;
  readonly sleep?: Sleep;
  readonly random?: () => number;
  readonly logger?: Logger;
}

/** The binding the pipeline runs for a fake API and its deps. */
export function bindingOf(api: FakeApi, deps: InvokeDeps): ApiBinding {
  return {
    rules: RULES[api.provider],
    origin: "https://api.example.test",
    host: "api.example.test",
    operations: api.operations,
    shapes: api.shapes,
    authorizer: deps.authorizer,
    transport: {
      fetch: deps.fetch,
      timeoutMs: deps.timeoutMs ?? 30_000,
      overallTimeoutMs: deps.overallTimeoutMs,
      policy: resolveRetryPolicy("test", deps.retry),
      maxBodyBytes: deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      sleep: deps.sleep,
      random: deps.random,
      logger: deps.logger,
    },
    ...api.hooks,
  };
}

/** Runs one operation of a fake API through the pipeline. */
export function invokeOperation(
  api: FakeApi,
  deps: InvokeDeps,
  operationId: string,
  params: unknown = {},
  options: CallOptions = {},
  tuning: CallTuning = {},
): Promise<CallResult> {
  return callOperation(bindingOf(api, deps), operationId, params, options, tuning);
}

/** Signs each attempt with a counter, so a test can see that every attempt was signed afresh. */
export function countingAuthorizer(): Authorizer & { signed: () => number } {
  let signed = 0;
  return {
    ownedHeaders: ["authorization"],
    async sign() {
      signed += 1;
      return { headers: { authorization: `signature-${signed}` }, secrets: [] };
    },
    secrets: () => [],
    signed: () => signed,
  };
}

/** One answer (or failure) per attempt; the last one repeats. */
export type Answer = Response | Error | (() => Response | Promise<Response>);

/** A fetch that answers attempt n with `answers[n]` and records every request it saw. */
export function scriptedFetch(answers: readonly Answer[]) {
  const seen: { method: string; headers: Headers; body: string }[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    seen.push({ method: request.method, headers: new Headers(request.headers), body: await request.text() });
    const answer = answers[Math.min(seen.length, answers.length) - 1];
    if (answer === undefined) throw new Error("scriptedFetch: no answers");
    if (answer instanceof Error) throw answer;
    return typeof answer === "function" ? answer() : answer.clone();
  };
  return { fetch, seen };
}

/** A sleep that resolves at once and records each wait (abortable like the real one). */
export function recordingSleep() {
  const waits: number[] = [];
  const sleep = async (ms: number, signal?: AbortSignal) => {
    if (signal?.aborted) throw signal.reason;
    waits.push(ms);
  };
  return { sleep, waits };
}

/** Deps for a test: the given fetch, a counting authorizer, a recording sleep, a fixed jitter draw. */
export function testDeps(fetch: InvokeDeps["fetch"], extra: Partial<InvokeDeps> = {}) {
  const authorizer = countingAuthorizer();
  const { sleep, waits } = recordingSleep();
  const deps: InvokeDeps = { fetch, authorizer, sleep, random: () => 0.5, ...extra };
  return { deps, authorizer, waits };
}

/** A failure fetch would throw for a socket error with this code. */
export function socketError(code: string): TypeError {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) });
}

/** A JSON answer. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}
