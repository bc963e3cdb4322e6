import { CloudsnapError } from "../errors";
import type { ApiBinding, BoundOperation } from "./api-binding";
import type { Authorizer } from "./authorizer";
import type { CallOptions } from "./call-options";
import { DEFAULT_ATTEMPT_TIMEOUT_MS, DEFAULT_MAX_BODY_BYTES } from "./constants";
import { interpretResponse } from "./interpret-response";
import type { RawResponse } from "./raw-response";
import { sendWithAuth } from "./send-with-auth";

/** What a facade client shares across its operations. */
export interface InvokeDeps {
  readonly fetch: (request: Request) => Promise<Response>;
  readonly authorizer: Authorizer;
  readonly timeoutMs?: number;
  readonly maxBodyBytes?: number;
}

/** A decoded success and the status it came with (ZStack's api-jobs tell 202 "running" from 200). */
export interface InvokeResult {
  readonly status: number;
  readonly headers: Headers;
  readonly value: unknown;
}

/**
 * Runs one generated operation through the facade: the generated function builds the request from
 * the flat parameters (openapi-fetch), the facade signs, sends and reads it, then decodes by the spec
 * or throws a typed error. openapi-fetch's own parsing is bypassed so the facade sees the raw body.
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
  const filled = api.fillDefaults ? await api.fillDefaults(operation, params) : params;
  let raw: RawResponse | undefined;
  const transport = async (request: Request) => {
    raw = await sendWithAuth(deps.fetch, request, deps.authorizer, {
      operation: operationId,
      signal: options.signal,
      timeoutMs: options.timeoutMs ?? deps.timeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS,
      maxBodyBytes: deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    });
    // openapi-fetch only built the request; the facade decodes `raw` itself.
    return new Response(null, { status: 204 });
  };
  const headers = { ...(api.headersFor?.(operation, filled) ?? {}), ...options.headers };
  await bound(filled as never, {
    fetch: transport,
    headers,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (!raw) throw new CloudsnapError(`${operationId}: the request was not sent`);
  const sent: RawResponse = raw;
  return {
    status: sent.status,
    headers: sent.headers,
    value: await interpretResponse(api, operation, sent, deps.authorizer.secrets()),
  };
}
