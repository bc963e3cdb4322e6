import { describe, expect, it } from "vitest";
import { DecodeError, NetworkError, TimeoutError, ValidationError } from "../../src/core/errors";
import { BadRequestError, ConflictError, RateLimitError, ServerError } from "../../src/core/http-errors";
import type { RetryOptions } from "../../src/core/retry";
import {
  type Answer,
  fakeApi,
  type InvokeDeps,
  invokeOperation,
  json,
  operation,
  scriptedFetch,
  socketError,
  testDeps,
} from "./support/fake-api";

const CREATE = operation("createSnapshot", "POST");
const CREATE_VIA_GET = operation("createNasVolumeSnapshotViaGet", "GET");
const READ = operation("showSnapshot", "GET");
const READ_VIA_POST = operation("getNasVolumeInstanceList", "POST");
const OK = json({ id: "s-1" });

/** Runs `operationId` against scripted answers; returns the outcome, the attempts sent and the waits. */
async function run(
  operationId: string,
  answers: readonly Answer[],
  options: {
    provider?: "ncloud" | "huaweicloud" | "zstack";
    retry?: RetryOptions;
    deps?: Partial<InvokeDeps>;
  } = {},
) {
  const api = fakeApi([CREATE, CREATE_VIA_GET, READ, READ_VIA_POST], options.provider ?? "huaweicloud");
  const { fetch, seen } = scriptedFetch(answers);
  const { deps, waits, authorizer } = testDeps(fetch, options.deps);
  const outcome = await invokeOperation(
    api,
    deps,
    operationId,
    { name: "n" },
    options.retry ? { retry: options.retry } : {},
  ).then(
    (result) => result.value,
    (error: unknown) => error,
  );
  return { outcome, attempts: seen.length, waits, seen, signed: authorizer.signed() };
}

const huaweiError = (status: number, code: string, headers: Record<string, string> = {}) =>
  json({ error_code: code, error_msg: "refused", request_id: "r" }, status, headers);
const evsError = (status: number, code: string) => json({ error: { code, message: "refused" } }, status);

describe("retries of a create (not idempotent)", () => {
  const neverRetried = [
    { name: "does not retry a create after a 500", given: json({}, 500), want: ServerError },
    { name: "does not retry a create after a 502", given: json({}, 502), want: ServerError },
    { name: "does not retry a create after a 503", given: json({}, 503), want: ServerError },
    { name: "does not retry a create after a 504", given: json({}, 504), want: ServerError },
    {
      name: "does not retry a create after a connection reset once sent",
      given: socketError("ECONNRESET"),
      want: NetworkError,
    },
    {
      name: "does not retry a create after a network failure without a code",
      given: new TypeError("fetch failed"),
      want: NetworkError,
    },
    { name: "does not retry a create after a 400", given: json({}, 400), want: BadRequestError },
    {
      name: "does not retry a create after a 409 other than EVS.2409",
      given: evsError(409, "EVS.1001"),
      want: ConflictError,
    },
  ];
  it.each(neverRetried)("$name", async ({ given, want }) => {
    const { outcome, attempts, waits } = await run("createSnapshot", [given, OK]);
    expect(outcome).toBeInstanceOf(want);
    expect(attempts).toBe(1);
    expect(waits).toEqual([]);
  });

  it("does not retry a create after an attempt timeout", async () => {
    const hanging = () => new Promise<Response>(() => undefined);
    const api = fakeApi([CREATE]);
    let attempts = 0;
    const { deps } = testDeps(async () => {
      attempts += 1;
      return hanging();
    });
    const error = await invokeOperation(api, deps, "createSnapshot", {}, { timeoutMs: 20 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).deadline).toBe("attempt");
    expect(attempts).toBe(1);
  });

  it("does not retry a GET create (NCP …ViaGet) after a 503: it is classified by operationId", async () => {
    const { outcome, attempts } = await run("createNasVolumeSnapshotViaGet", [json({}, 503), OK], {
      provider: "ncloud",
    });
    expect(outcome).toBeInstanceOf(ServerError);
    expect(attempts).toBe(1);
  });

  const safe = [
    { name: "retries a create when the connection was refused", given: socketError("ECONNREFUSED") },
    { name: "retries a create when the host was not found (DNS)", given: socketError("ENOTFOUND") },
    { name: "retries a create after a 429", given: json({}, 429) },
    { name: "retries a create after Huawei APIGW.0308 throttling", given: huaweiError(429, "APIGW.0308") },
    {
      name: "retries a create after Huawei APIG.0308 throttling on another status",
      given: huaweiError(403, "APIG.0308"),
    },
  ];
  it.each(safe)("$name", async ({ given }) => {
    const { outcome, attempts, waits } = await run("createSnapshot", [given, OK]);
    expect(outcome).toEqual({ id: "s-1" });
    expect(attempts).toBe(2);
    expect(waits).toHaveLength(1);
  });

  it("retries a create after an NCP gateway 429 (errorCode 410 Throttle Limited)", async () => {
    const throttled = json({ error: { errorCode: "410", message: "Throttle Limited" } }, 429);
    const { outcome, attempts } = await run("createSnapshot", [throttled, OK], { provider: "ncloud" });
    expect(outcome).toEqual({ id: "s-1" });
    expect(attempts).toBe(2);
  });

  it("does not retry a 429 when the policy leaves 429 out of retryableStatuses", async () => {
    const { outcome, attempts } = await run("createSnapshot", [json({}, 429), OK], {
      retry: { retryableStatuses: [503] },
    });
    expect(outcome).toBeInstanceOf(RateLimitError);
    expect(attempts).toBe(1);
  });

  const unsafe = [
    { name: "a 500", given: json({}, 500) },
    { name: "a reset after sending", given: socketError("ECONNRESET") },
  ];
  it.each(unsafe)(
    "retries a create after $name only when the call opts into unsafeRetries",
    async ({ given }) => {
      const { outcome, attempts } = await run("createSnapshot", [given, OK], {
        retry: { unsafeRetries: true },
      });
      expect(outcome).toEqual({ id: "s-1" });
      expect(attempts).toBe(2);
    },
  );

  it("retries a create after a 500 when the client opts into unsafeRetries", async () => {
    const { outcome, attempts } = await run("createSnapshot", [json({}, 500), OK], {
      deps: { retry: { unsafeRetries: true } },
    });
    expect(outcome).toEqual({ id: "s-1" });
    expect(attempts).toBe(2);
  });

  it("lets a call turn off the unsafeRetries its client allows", async () => {
    const { attempts } = await run("createSnapshot", [json({}, 500), OK], {
      deps: { retry: { unsafeRetries: true } },
      retry: { unsafeRetries: false },
    });
    expect(attempts).toBe(1);
  });

  it("retries a create that carries a client-chosen id after a 500", async () => {
    const api = fakeApi([CREATE], "zstack", { isIdentified: () => true });
    const { fetch, seen } = scriptedFetch([json({}, 500), OK]);
    const value = await invokeOperation(api, testDeps(fetch).deps, "createSnapshot", {});
    expect(value.value).toEqual({ id: "s-1" });
    expect(seen).toHaveLength(2);
  });

  it("does not retry a 2xx whose body does not decode: the create ran", async () => {
    const garbled = new Response("{not json", {
      status: 200,
      headers: { "content-type": "application/json" },
    });
    const { outcome, attempts } = await run("createSnapshot", [garbled, OK]);
    expect(outcome).toBeInstanceOf(DecodeError);
    expect(attempts).toBe(1);
  });
});

describe("retries of a read", () => {
  const transient = [
    { name: "a 500", given: json({}, 500) },
    { name: "a 502", given: json({}, 502) },
    { name: "a 503", given: json({}, 503) },
    { name: "a 504", given: json({}, 504) },
    { name: "a 408", given: json({}, 408) },
    { name: "a connection reset", given: socketError("ECONNRESET") },
  ];
  it.each(transient)("retries a read after $name", async ({ given }) => {
    const { outcome, attempts } = await run("showSnapshot", [given, OK]);
    expect(outcome).toEqual({ id: "s-1" });
    expect(attempts).toBe(2);
  });

  it("retries a read sent as POST (NCP get…) after a 503", async () => {
    const { outcome, attempts } = await run("getNasVolumeInstanceList", [json({}, 503), OK], {
      provider: "ncloud",
    });
    expect(outcome).toEqual({ id: "s-1" });
    expect(attempts).toBe(2);
  });

  it("retries a read after an attempt timeout", async () => {
    const api = fakeApi([READ]);
    let attempts = 0;
    const { deps } = testDeps(async (request) => {
      attempts += 1;
      if (attempts === 1)
        return new Promise<Response>((_resolve, reject) =>
          request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true }),
        );
      return OK.clone();
    });
    const result = await invokeOperation(api, deps, "showSnapshot", {}, { timeoutMs: 20 });
    expect(result.value).toEqual({ id: "s-1" });
    expect(attempts).toBe(2);
  });

  it("does not retry a read after a 404", async () => {
    const { attempts } = await run("showSnapshot", [json({}, 404), OK]);
    expect(attempts).toBe(1);
  });

  it("does not retry a ZStack API failure (503 with an error code): it would fail the same way", async () => {
    const failed = json({ error: { code: "SYS.1007", description: "invalid argument" } }, 503);
    const { outcome, attempts } = await run("showSnapshot", [failed, OK], { provider: "zstack" });
    expect(outcome).toBeInstanceOf(ServerError);
    expect(attempts).toBe(1);
  });

  it("gives up after maxAttempts and throws the last failure", async () => {
    const { outcome, attempts, waits } = await run("showSnapshot", [
      json({ n: 1 }, 503),
      json({ n: 2 }, 502),
    ]);
    expect(outcome).toBeInstanceOf(ServerError);
    expect((outcome as ServerError).status).toBe(502);
    expect(attempts).toBe(3);
    expect(waits).toHaveLength(2);
  });

  it("makes exactly one attempt with maxAttempts 1", async () => {
    const { attempts } = await run("showSnapshot", [json({}, 503), OK], { retry: { maxAttempts: 1 } });
    expect(attempts).toBe(1);
  });

  it("lets the call's retry settings override the client's", async () => {
    const { attempts } = await run("showSnapshot", [json({}, 503)], {
      deps: { retry: { maxAttempts: 5 } },
      retry: { maxAttempts: 2 },
    });
    expect(attempts).toBe(2);
  });
});

describe("backoff", () => {
  it("backs off exponentially from baseDelayMs with the policy's jitter", async () => {
    const { waits } = await run("showSnapshot", [json({}, 503)], {
      retry: { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1_000, jitter: "none" },
    });
    expect(waits).toEqual([100, 200, 400, 800]);
  });

  it("honours Retry-After up to the cap", async () => {
    const { waits } = await run(
      "createSnapshot",
      [json({}, 429, { "retry-after": "2" }), json({}, 429, { "retry-after": "120" }), OK],
      { retry: { maxRetryAfterMs: 10_000 } },
    );
    expect(waits).toEqual([2_000, 10_000]);
  });

  it("signs each attempt afresh", async () => {
    const { seen, signed } = await run("createSnapshot", [socketError("ECONNREFUSED"), json({}, 429), OK]);
    expect(signed).toBe(3);
    expect(seen.map((s) => s.headers.get("authorization"))).toEqual([
      "signature-1",
      "signature-2",
      "signature-3",
    ]);
    expect(new Set(seen.map((s) => s.body))).toEqual(new Set(['{"name":"n"}']));
  });
});

describe("Huawei EVS.2409 (another snapshot is being created on the volume)", () => {
  const busy = () => evsError(409, "EVS.2409");

  it("waits and retries a create while the volume is busy, from its own budget", async () => {
    const { outcome, attempts, waits } = await run("createSnapshot", [busy(), busy(), busy(), busy(), OK], {
      retry: { jitter: "none" },
    });
    expect(outcome).toEqual({ id: "s-1" });
    expect(attempts).toBe(5);
    expect(waits).toEqual([2_000, 4_000, 8_000, 10_000]);
  });

  it("stops after 6 tries and throws the ConflictError", async () => {
    const { outcome, attempts, waits } = await run("createSnapshot", [busy()], { retry: { jitter: "none" } });
    expect(outcome).toBeInstanceOf(ConflictError);
    expect((outcome as ConflictError).code).toBe("EVS.2409");
    expect(attempts).toBe(6);
    expect(waits).toEqual([2_000, 4_000, 8_000, 10_000, 10_000]);
  });

  it("keeps the standard budget apart: a throttle after busy refusals still gets its retries", async () => {
    const { outcome, attempts } = await run("createSnapshot", [
      busy(),
      busy(),
      json({}, 429),
      json({}, 429),
      OK,
    ]);
    expect(outcome).toEqual({ id: "s-1" });
    expect(attempts).toBe(5);
  });

  it("applies to Huawei only: another provider's 409 with that code is not retried", async () => {
    const { attempts } = await run("createSnapshot", [evsError(409, "EVS.2409"), OK], { provider: "zstack" });
    expect(attempts).toBe(1);
  });
});

describe("failures inside an attempt that belong to another call", () => {
  it("does not retry a login that failed inside the attempt: the login already had its own retries", async () => {
    const api = fakeApi([CREATE]);
    let authorizations = 0;
    const { fetch, seen } = scriptedFetch([OK]);
    const { deps } = testDeps(fetch, {
      authorizer: {
        ownedHeaders: [],
        sign: async () => {
          authorizations += 1;
          throw new NetworkError("logInByAccount: network failure (ECONNREFUSED)", {
            operation: "logInByAccount",
            maybeSent: false,
          });
        },
        secrets: () => [],
      },
    });
    const error = await invokeOperation(api, deps, "createSnapshot", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(authorizations).toBe(1);
    expect(seen).toHaveLength(0);
  });
});

describe("bad retry settings", () => {
  const bad = [
    { name: "maxAttempts 0", given: { maxAttempts: 0 }, want: "retry.maxAttempts" },
    { name: "a fractional maxAttempts", given: { maxAttempts: 2.5 }, want: "retry.maxAttempts" },
    { name: "a negative baseDelayMs", given: { baseDelayMs: -1 }, want: "retry.baseDelayMs" },
    { name: "an unknown jitter", given: { jitter: "some" }, want: "retry.jitter" },
    {
      name: "a status outside 400–599",
      given: { retryableStatuses: [200] },
      want: "retry.retryableStatuses",
    },
    { name: "a mistyped key", given: { maxAttemps: 2 }, want: "retry.maxAttemps" },
  ];
  it.each(bad)("rejects $name with a ValidationError before sending", async ({ given, want }) => {
    const { outcome, attempts } = await run("showSnapshot", [OK], { retry: given as RetryOptions });
    expect(outcome).toBeInstanceOf(ValidationError);
    expect((outcome as ValidationError).path).toBe(want);
    expect(attempts).toBe(0);
  });
});
