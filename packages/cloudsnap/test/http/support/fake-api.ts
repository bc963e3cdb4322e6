import type { OperationMetadata } from "@cloudsnap/ncloud";
import type { Provider } from "../../../src/errors";
import type { ApiBinding } from "../../../src/http/api-binding";
import type { Authorizer } from "../../../src/http/authorizer";
import type { InvokeDeps } from "../../../src/http/invoke-operation";

interface BoundInit {
  fetch?: (request: Request) => Promise<Response>;
  headers?: Record<string, string>;
}

/** One operation of a fake API: a read or a create, by its operationId. */
export function operation(
  operationId: string,
  method: OperationMetadata["method"] = "POST",
): OperationMetadata {
  return {
    operationId,
    method,
    path: `/v1/${operationId}`,
    parameters: [],
    // Open metadata: these fakes take any field, so the spec-driven validation lets them through.
    requestBody: {
      mediaType: "application/json",
      required: false,
      schema: { type: "object", properties: {}, additionalProperties: { type: "any" } },
      properties: [],
    },
    security: [],
    responses: {
      "200": { content: { "application/json": { schema: { type: "any" } } }, headers: [] },
      "201": { content: { "application/json": { schema: { type: "any" } } }, headers: [] },
    },
  };
}

/**
 * A fake API whose bound operations build a request the way generated ones do (POST with a JSON
 * body of the parameters) and hand it to `init.fetch`.
 */
export function fakeApi(
  operations: readonly OperationMetadata[],
  provider: Provider = "huaweicloud",
  overrides: Partial<ApiBinding> = {},
): ApiBinding {
  const bound: Record<string, unknown> = {};
  for (const op of operations) {
    bound[op.operationId] = async (params: Record<string, unknown>, init: BoundInit = {}) => {
      const url = `https://api.example.test${op.path}`;
      const body = op.method === "GET" ? undefined : JSON.stringify(params);
      const headers = { ...(body ? { "content-type": "application/json" } : {}), ...init.headers };
      return { response: await init.fetch?.(new Request(url, { method: op.method, headers, body })) };
    };
  }
  return {
    provider,
    operations: Object.fromEntries(operations.map((op) => [op.operationId, op])),
    shapes: {},
    bound,
    ...overrides,
  };
}

/** Signs each attempt with a counter, so a test can see that every attempt was signed afresh. */
export function countingAuthorizer(): Authorizer & { signed: () => number } {
  let signed = 0;
  return {
    async authorize(request) {
      signed += 1;
      const headers = new Headers(request.headers);
      headers.set("authorization", `signature-${signed}`);
      return new Request(request, { headers });
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
