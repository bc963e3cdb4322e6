import type { OperationMetadata } from "@cloudsnap/ncloud";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CloudsnapError, DecodeError, NotFoundError, TimeoutError } from "../../src/errors";
import type { ApiBinding } from "../../src/http/api-binding";
import type { Authorizer } from "../../src/http/authorizer";
import { type InvokeDeps, invokeOperation } from "../../src/http/invoke-operation";

interface BoundInit {
  fetch?: (request: Request) => Promise<Response>;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

const OPERATION: OperationMetadata = {
  operationId: "showVolume",
  method: "GET",
  path: "/volumes/{id}",
  parameters: [
    { name: "id", in: "path", required: true, schema: { type: "string" } },
    { name: "region", in: "query", required: false, schema: { type: "string" } },
  ],
  security: [],
  responses: {
    "200": { content: { "application/json": { schema: { type: "any" } } }, headers: [] },
  },
};

/** A fake API whose `bound` operation builds a Request and calls `init.fetch`, as generated ones do. */
function fakeApi(overrides: Partial<ApiBinding> = {}) {
  const inits: BoundInit[] = [];
  const params: unknown[] = [];
  const showVolume = async (given: { id: string; region?: string }, init: BoundInit = {}) => {
    params.push(given);
    inits.push(init);
    const url = new URL(`https://api.example.test/volumes/${given.id}`);
    if (given.region) url.searchParams.set("region", given.region);
    const response = await init.fetch?.(new Request(url, { headers: init.headers ?? {} }));
    return { response };
  };
  const api: ApiBinding = {
    provider: "ncloud",
    operations: { showVolume: OPERATION },
    shapes: {},
    bound: { showVolume },
    ...overrides,
  };
  return { api, inits, params };
}

function fakeDeps(
  answer: () => Response = () => Response.json({ id: "v1" }),
  extra: Partial<InvokeDeps> = {},
) {
  const sent: Request[] = [];
  const authorizer: Authorizer = {
    authorize: async (request) => {
      const headers = new Headers(request.headers);
      headers.set("authorization", "signed");
      return new Request(request, { headers });
    },
    secrets: () => [],
  };
  const deps: InvokeDeps = {
    fetch: async (request) => {
      sent.push(request);
      return answer();
    },
    authorizer,
    ...extra,
  };
  return { deps, sent };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("invokeOperation", () => {
  it("returns the status, the response headers and the decoded value", async () => {
    const { api } = fakeApi();
    const { deps } = fakeDeps(() =>
      Response.json({ id: "v1", size: 3 }, { status: 200, headers: { "x-subject-token": "t" } }),
    );
    const result = await invokeOperation(api, deps, "showVolume", { id: "v1" });
    expect(result).toMatchObject({ status: 200, value: { id: "v1", size: 3 } });
    expect(result.headers.get("x-subject-token")).toBe("t");
  });

  it("fills defaults and adds headersFor, the caller's headers and the authorizer's, on the sent request", async () => {
    const fillCalls: unknown[] = [];
    const { api, params } = fakeApi({
      fillDefaults: (operation, given) => {
        fillCalls.push([operation.operationId, given]);
        return given.region === undefined ? { ...given, region: "KR" } : given;
      },
      headersFor: (_operation, given) => ({ Accept: "application/xml", "X-Region": String(given.region) }),
    });
    const { deps, sent } = fakeDeps();
    await invokeOperation(api, deps, "showVolume", { id: "v1" }, { headers: { "X-Trace": "t-1" } });
    expect(fillCalls).toEqual([["showVolume", { id: "v1" }]]);
    expect(params).toEqual([{ id: "v1", region: "KR" }]);
    const request = sent[0];
    expect(request?.url).toBe("https://api.example.test/volumes/v1?region=KR");
    expect(Object.fromEntries(request?.headers ?? [])).toEqual({
      accept: "application/xml",
      "x-region": "KR",
      "x-trace": "t-1",
      authorization: "signed",
    });
  });

  it("lets the caller's headers override the derived ones", async () => {
    const { api } = fakeApi({ headersFor: () => ({ Accept: "application/xml" }) });
    const { deps, sent } = fakeDeps();
    await invokeOperation(api, deps, "showVolume", { id: "v1" }, { headers: { Accept: "application/json" } });
    expect(sent[0]?.headers.get("accept")).toBe("application/json");
  });

  it("passes the caller's signal to the generated operation", async () => {
    const { api, inits } = fakeApi();
    const controller = new AbortController();
    await invokeOperation(api, fakeDeps().deps, "showVolume", { id: "v1" }, { signal: controller.signal });
    expect(inits[0]?.signal).toBe(controller.signal);
  });

  const unknown = [
    { name: "an operation the metadata does not list", given: "deleteVolume" },
    { name: "an operation with metadata but no bound function", given: "showVolume", bound: {} },
  ];
  it.each(unknown)("rejects $name with a CloudsnapError and sends nothing", async ({ given, bound }) => {
    const { api } = fakeApi(bound ? { bound } : {});
    const { deps, sent } = fakeDeps();
    const error = await invokeOperation(api, deps, given, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudsnapError);
    expect((error as CloudsnapError).message).toBe(`unknown operation ${given}`);
    expect(sent).toHaveLength(0);
  });

  it("rejects with a CloudsnapError when the generated operation never sent the request", async () => {
    const { api } = fakeApi({ bound: { showVolume: async () => ({}) } });
    const error = await invokeOperation(api, fakeDeps().deps, "showVolume", { id: "v1" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CloudsnapError);
    expect((error as Error).message).toBe("showVolume: the request was not sent");
  });

  it("throws the typed error for a failure status", async () => {
    const { api } = fakeApi();
    const { deps } = fakeDeps(() => new Response("no such volume", { status: 404 }));
    await expect(invokeOperation(api, deps, "showVolume", { id: "v9" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("refuses a body larger than the client's maxBodyBytes", async () => {
    const { api } = fakeApi();
    const { deps } = fakeDeps(() => Response.json({ id: "x".repeat(20) }), { maxBodyBytes: 10 });
    await expect(invokeOperation(api, deps, "showVolume", { id: "v1" })).rejects.toBeInstanceOf(DecodeError);
  });

  const timeouts = [
    { name: "the call's timeoutMs over the client's", given: { client: 500, call: 20 }, want: 20 },
    {
      name: "the client's timeoutMs when the call sets none",
      given: { client: 500, call: undefined },
      want: 500,
    },
    { name: "30 s when neither sets one", given: { client: undefined, call: undefined }, want: 30_000 },
  ];
  it.each(timeouts)("times an attempt out after $name", async ({ given, want }) => {
    vi.useFakeTimers();
    const { api } = fakeApi();
    const hanging = (request: Request) =>
      new Promise<Response>((_resolve, reject) => {
        request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true });
      });
    // One attempt only: a read that timed out would otherwise be retried (see retries.test.ts).
    const deps: InvokeDeps = {
      fetch: hanging,
      authorizer: fakeDeps().deps.authorizer,
      retry: { maxAttempts: 1 },
      ...(given.client === undefined ? {} : { timeoutMs: given.client }),
    };
    const pending = invokeOperation(
      api,
      deps,
      "showVolume",
      { id: "v1" },
      given.call === undefined ? {} : { timeoutMs: given.call },
    ).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(want);
    const error = await pending;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(want);
  });
});
