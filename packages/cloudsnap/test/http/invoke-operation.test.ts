import { afterEach, describe, expect, it, vi } from "vitest";
import { CloudsnapError, DecodeError, TimeoutError } from "../../src/core/errors";
import { NotFoundError } from "../../src/core/http-errors";
import type { OperationMetadata } from "../../src/core/metadata";
import type { Authorizer } from "../../src/core/provider";
import { type FakeApi, type InvokeDeps, invokeOperation } from "./support/fake-api";

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
    "200": { content: { "application/json": { schema: { type: "any" } } } },
  },
};

/** A fake API of one read; `params` records the parameters each call was built from (after defaults). */
function fakeApi(hooks: FakeApi["hooks"] = {}) {
  const params: unknown[] = [];
  const api: FakeApi = {
    provider: "ncloud",
    operations: { showVolume: OPERATION },
    shapes: {},
    hooks: {
      ...hooks,
      headersFor: (operation, given) => {
        params.push(given);
        return hooks.headersFor?.(operation, given) ?? {};
      },
    },
  };
  return { api, params };
}

function fakeDeps(
  answer: () => Response = () => Response.json({ id: "v1" }),
  extra: Partial<InvokeDeps> = {},
) {
  const sent: Request[] = [];
  const authorizer: Authorizer = {
    ownedHeaders: ["authorization"],
    sign: async () => ({ headers: { authorization: "signed" }, secrets: [] }),
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

  it("passes the caller's signal on to the request fetch gets", async () => {
    const { api } = fakeApi();
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    let seen: AbortSignal | undefined;
    const deps: InvokeDeps = {
      ...fakeDeps().deps,
      fetch: (request) =>
        new Promise<Response>((_resolve, reject) => {
          seen = request.signal;
          request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true });
        }),
    };
    const pending = invokeOperation(
      api,
      deps,
      "showVolume",
      { id: "v1" },
      { signal: controller.signal },
    ).catch((e: unknown) => e);
    await vi.waitFor(() => expect(seen).toBeDefined());
    expect(seen?.aborted).toBe(false);
    controller.abort(reason);
    expect(await pending).toBe(reason);
    expect(seen?.aborted).toBe(true);
  });

  const unknown = [{ name: "an operation the metadata does not list", given: "deleteVolume" }];
  it.each(unknown)("rejects $name with a CloudsnapError and sends nothing", async ({ given }) => {
    const { api } = fakeApi();
    const { deps, sent } = fakeDeps();
    const error = await invokeOperation(api, deps, given, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudsnapError);
    expect((error as CloudsnapError).message).toBe(`unknown operation ${given}`);
    expect(sent).toHaveLength(0);
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
