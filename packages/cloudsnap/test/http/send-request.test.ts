import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DecodeError, NetworkError, TimeoutError } from "../../src/core/errors";
import type { SendContext } from "../../src/core/send";
import { sendRequest as send } from "../../src/core/send";
import { wireFromRequest } from "../../src/core/signing";

const URL_ = "https://evs.example.test/v1/p/jobs/j1";

/** Sends a `Request` the way the pipeline sends its wire request (the body read once). */
async function sendRequest(
  fetch: ((request: Request) => Promise<Response>) | undefined,
  request: Request,
  context: SendContext,
) {
  return send(fetch, await wireFromRequest(request), context);
}

function context(overrides: Partial<SendContext> = {}): SendContext {
  return { operation: "showJob", secrets: [], timeoutMs: 1_000, maxBodyBytes: 1024, ...overrides };
}

/** Like a real fetch on a silent server: never answers, but rejects with the signal's reason on abort. */
function hangingFetch(request: Request): Promise<Response> {
  return new Promise((_resolve, reject) => {
    if (request.signal.aborted) reject(request.signal.reason);
    request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true });
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe("sendRequest", () => {
  it("returns the status, headers and whole body text with the request's method and URL", async () => {
    const fetch = async () =>
      new Response("hello body", { status: 201, headers: { "x-request-id": "req-1" } });
    const raw = await sendRequest(fetch, new Request(URL_, { method: "DELETE" }), context());
    expect(raw).toMatchObject({ status: 201, text: "hello body", method: "DELETE", url: URL_ });
    expect(raw.headers.get("x-request-id")).toBe("req-1");
  });

  it("hands fetch the request with its headers and body", async () => {
    let seen: { method: string; auth: string | null; body: string } | undefined;
    const fetch = async (request: Request) => {
      seen = {
        method: request.method,
        auth: request.headers.get("authorization"),
        body: await request.text(),
      };
      return new Response("");
    };
    const request = new Request(URL_, { method: "POST", headers: { authorization: "a" }, body: "payload" });
    await sendRequest(fetch, request, context());
    expect(seen).toEqual({ method: "POST", auth: "a", body: "payload" });
  });

  it("leaves no timer behind after a success", async () => {
    vi.useFakeTimers();
    await sendRequest(async () => new Response("ok"), new Request(URL_), context());
    expect(vi.getTimerCount()).toBe(0);
  });

  describe("per-attempt timeout", () => {
    it("rejects with a TimeoutError for the attempt, naming the operation, when the deadline passes", async () => {
      vi.useFakeTimers();
      const pending = sendRequest(hangingFetch, new Request(URL_), context({ timeoutMs: 50 })).catch(
        (error: unknown) => error,
      );
      let settled = false;
      void pending.then(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(49);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const error = await pending;
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({
        deadline: "attempt",
        timeoutMs: 50,
        operation: "showJob",
        method: "GET",
        url: URL_,
      });
      expect((error as TimeoutError).message).toContain("showJob");
      expect(vi.getTimerCount()).toBe(0);
    });

    it("times out a real server that sends headers but never finishes the body", async () => {
      const server = createServer((_request, response) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.write('{"partial":');
      });
      const url = await listen(server);
      try {
        const started = Date.now();
        const error = await sendRequest(
          (request) => globalThis.fetch(request),
          new Request(url),
          context({ timeoutMs: 100 }),
        ).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(TimeoutError);
        expect((error as TimeoutError).deadline).toBe("attempt");
        expect(Date.now() - started).toBeLessThan(2_000);
      } finally {
        await close(server);
      }
    });
  });

  describe("the caller's AbortSignal", () => {
    it("rejects with the abort reason, not a TimeoutError, and clears the timer", async () => {
      vi.useFakeTimers();
      const controller = new AbortController();
      const reason = new Error("caller gave up");
      const pending = sendRequest(
        hangingFetch,
        new Request(URL_),
        context({ signal: controller.signal, timeoutMs: 10_000 }),
      ).catch((error: unknown) => error);
      controller.abort(reason);
      expect(await pending).toBe(reason);
      expect(vi.getTimerCount()).toBe(0);
    });

    it("rejects with the reason of a signal that was aborted before the call", async () => {
      const reason = new Error("already cancelled");
      const error = await sendRequest(
        hangingFetch,
        new Request(URL_),
        context({ signal: AbortSignal.abort(reason) }),
      ).catch((e: unknown) => e);
      expect(error).toBe(reason);
    });
  });

  describe("network failures", () => {
    const failures = [
      {
        name: "connection refused",
        given: new TypeError("fetch failed", {
          cause: Object.assign(new Error("x"), { code: "ECONNREFUSED" }),
        }),
        want: {
          maybeSent: false,
          message:
            "showJob: connection to evs.example.test:443 refused (ECONNREFUSED); the request was not sent",
        },
      },
      {
        name: "DNS name not found",
        given: new TypeError("fetch failed", { cause: { code: "ENOTFOUND" } }),
        want: {
          maybeSent: false,
          message: "showJob: host evs.example.test did not resolve (ENOTFOUND); the request was not sent",
        },
      },
      {
        name: "connection reset after sending",
        given: new TypeError("fetch failed", { cause: { code: "ECONNRESET" } }),
        want: {
          maybeSent: true,
          message:
            "showJob: network failure talking to evs.example.test:443 (ECONNRESET); the request may have been received",
        },
      },
      {
        name: "a failure without a code",
        given: new TypeError("fetch failed"),
        want: {
          maybeSent: true,
          message:
            "showJob: network failure talking to evs.example.test:443; the request may have been received",
        },
      },
      {
        name: "a thrown non-error",
        given: "boom",
        want: {
          maybeSent: true,
          message:
            "showJob: network failure talking to evs.example.test:443; the request may have been received",
        },
      },
    ];
    it.each(failures)("maps $name to a NetworkError (maybeSent $want.maybeSent)", async ({ given, want }) => {
      const fetch = () => Promise.reject(given);
      const error = await sendRequest(fetch, new Request(URL_, { method: "POST" }), context()).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(NetworkError);
      expect(error).toMatchObject({ ...want, operation: "showJob", method: "POST", url: URL_ });
      expect((error as NetworkError).cause).toBe(given);
    });

    it("reports a refused loopback connection as never sent", async () => {
      const server = createServer();
      const url = await listen(server);
      await close(server);
      const error = await sendRequest(
        (request) => globalThis.fetch(request),
        new Request(url),
        context(),
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NetworkError);
      expect((error as NetworkError).maybeSent).toBe(false);
    });

    it("scrubs the known secrets from the URL it reports", async () => {
      const fetch = () => Promise.reject(new TypeError("fetch failed"));
      const request = new Request("https://zstack.example.test/v1/volumes/sess-SECRET-42");
      const error = await sendRequest(fetch, request, context({ secrets: ["sess-SECRET-42"] })).catch(
        (e: unknown) => e,
      );
      expect((error as NetworkError).url).toBe("https://zstack.example.test/v1/volumes/***");
      expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain("sess-SECRET-42");
    });
  });

  it("passes a DecodeError for an oversized body through unchanged", async () => {
    const fetch = async () => new Response("x".repeat(11), { status: 200 });
    const error = await sendRequest(fetch, new Request(URL_), context({ maxBodyBytes: 10 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DecodeError);
    expect(error).toMatchObject({ operation: "showJob", status: 200 });
  });
});

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}/`);
    });
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
