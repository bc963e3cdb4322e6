import { createServer } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TimeoutError, ValidationError } from "../../src/core/errors";
import { countingAuthorizer, fakeApi, invokeOperation, json, operation } from "./support/fake-api";

const READ = operation("showSnapshot", "GET");
const CREATE = operation("createSnapshot", "POST");

/** Like a real fetch on a silent server: never answers, rejects with the signal's reason on abort. */
function hangingFetch(request: Request): Promise<Response> {
  return new Promise((_resolve, reject) => {
    if (request.signal.aborted) reject(request.signal.reason);
    request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true });
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe("deadlines of a call", () => {
  it("stops retrying a read when the overall deadline passes: TimeoutError 'overall', no timers left", async () => {
    vi.useFakeTimers();
    let attempts = 0;
    const deps = {
      fetch: (request: Request) => {
        attempts += 1;
        return hangingFetch(request);
      },
      authorizer: countingAuthorizer(),
      random: () => 0,
      retry: { maxAttempts: 10, baseDelayMs: 10, jitter: "none" as const },
    };
    const pending = invokeOperation(
      fakeApi([READ]),
      deps,
      "showSnapshot",
      {},
      {
        timeoutMs: 400,
        overallTimeoutMs: 1_000,
      },
    ).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    const error = await pending;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ deadline: "overall", timeoutMs: 1_000, operation: "showSnapshot" });
    expect(attempts).toBe(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("has a 2 min overall deadline by default", async () => {
    vi.useFakeTimers();
    const deps = { fetch: hangingFetch, authorizer: countingAuthorizer(), retry: { maxAttempts: 100 } };
    const pending = invokeOperation(fakeApi([READ]), deps, "showSnapshot", {}).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(119_999);
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(1);
    const error = await pending;
    expect(error).toMatchObject({ name: "TimeoutError", deadline: "overall", timeoutMs: 120_000 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects at once with the caller's reason when aborted during a backoff sleep, leaving no timers", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    let attempts = 0;
    const deps = {
      fetch: async () => {
        attempts += 1;
        return json({}, 503);
      },
      authorizer: countingAuthorizer(),
      random: () => 0.99,
      retry: { baseDelayMs: 5_000, jitter: "none" as const },
    };
    const pending = invokeOperation(
      fakeApi([READ]),
      deps,
      "showSnapshot",
      {},
      { signal: controller.signal },
    ).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(10);
    expect(attempts).toBe(1);
    const reason = new Error("deploy cancelled");
    controller.abort(reason);
    expect(await pending).toBe(reason);
    expect(attempts).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("does not start a retry whose backoff would end after the deadline: the last failure is thrown", async () => {
    vi.useFakeTimers();
    let attempts = 0;
    const deps = {
      fetch: async () => {
        attempts += 1;
        return json({}, 429, { "retry-after": "30" });
      },
      authorizer: countingAuthorizer(),
    };
    const error = await invokeOperation(
      fakeApi([CREATE]),
      deps,
      "createSnapshot",
      {},
      { overallTimeoutMs: 5_000 },
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "RateLimitError", retryAfterMs: 30_000 });
    expect(attempts).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("leaves no timers after a call that succeeded", async () => {
    vi.useFakeTimers();
    const deps = { fetch: async () => json({ id: "s" }), authorizer: countingAuthorizer() };
    await invokeOperation(fakeApi([READ]), deps, "showSnapshot", {});
    expect(vi.getTimerCount()).toBe(0);
  });

  const bad = [
    { name: "a zero timeoutMs", given: { timeoutMs: 0 }, want: "timeoutMs" },
    { name: "a NaN overallTimeoutMs", given: { overallTimeoutMs: Number.NaN }, want: "overallTimeoutMs" },
    {
      name: "a timeout setTimeout cannot honour",
      given: { overallTimeoutMs: 2 ** 31 },
      want: "overallTimeoutMs",
    },
  ];
  it.each(bad)("rejects $name with a ValidationError before sending", async ({ given, want }) => {
    let attempts = 0;
    const deps = {
      fetch: async () => {
        attempts += 1;
        return json({});
      },
      authorizer: countingAuthorizer(),
    };
    const error = await invokeOperation(fakeApi([READ]), deps, "showSnapshot", {}, given).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).path).toBe(want);
    expect(attempts).toBe(0);
  });

  it("closes the socket of an attempt that timed out (a loopback server that never answers)", async () => {
    const sockets: Socket[] = [];
    const closed: Promise<void>[] = [];
    const server = createServer(() => undefined);
    server.on("connection", (socket) => {
      sockets.push(socket);
      closed.push(new Promise((resolve) => socket.once("close", () => resolve())));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const api = fakeApi([CREATE]);
      const origin = `http://127.0.0.1:${port}`;
      const deps = {
        fetch: (request: Request) =>
          globalThis.fetch(new Request(request.url.replace("https://api.example.test", origin), request)),
        authorizer: countingAuthorizer(),
      };
      const error = await invokeOperation(api, deps, "createSnapshot", {}, { timeoutMs: 100 }).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ name: "TimeoutError", deadline: "attempt" });
      expect(sockets).toHaveLength(1);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const outcome = await Promise.race([
        Promise.all(closed).then(() => "closed"),
        new Promise((resolve) => {
          timer = setTimeout(() => resolve("still open"), 2_000);
        }),
      ]).finally(() => clearTimeout(timer));
      expect(outcome).toBe("closed");
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
