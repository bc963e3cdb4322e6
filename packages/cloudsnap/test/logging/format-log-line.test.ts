import { describe, expect, it } from "vitest";
import type { Logger } from "../../src/core/logging";
import { logRequest, logResponse } from "../../src/core/logging";

const CANARY = "canary-Secret-3f9a1c";

function recorder() {
  const lines: { message: string; fields: unknown }[] = [];
  const logger: Logger = { debug: (message, fields) => lines.push({ message, fields }) };
  return { logger, lines, text: () => JSON.stringify(lines) };
}

const headers = new Headers({
  Authorization: `SDK-HMAC-SHA256 Access=AK, SignedHeaders=host, Signature=${CANARY}`,
  "X-Auth-Token": CANARY,
  "x-ncp-apigw-signature-v2": CANARY,
  "Content-Type": "application/json",
});

describe("logRequest / logResponse", () => {
  it("writes one line per request with operation, attempt, method and URL", () => {
    const { logger, lines } = recorder();
    logRequest(
      logger,
      {
        operation: "createSnapshot",
        attempt: 1,
        method: "POST",
        url: "https://evs.test/v5/p/snapshots",
        headers,
      },
      [],
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]?.message).toBe("cloudsnap → createSnapshot #1 POST https://evs.test/v5/p/snapshots");
  });

  it("writes one line per response with status, timing and request id", () => {
    const { logger, lines } = recorder();
    logResponse(
      logger,
      {
        operation: "createSnapshot",
        attempt: 2,
        method: "POST",
        url: "https://evs.test/v5/p/snapshots",
        headers: new Headers(),
        status: 202,
        elapsedMs: 41.6,
        requestId: "r-1",
      },
      [],
    );
    expect(lines[0]?.message).toBe(
      "cloudsnap ← createSnapshot #2 POST https://evs.test/v5/p/snapshots 202 in 42 ms (request id r-1)",
    );
    expect(lines[0]?.fields).toMatchObject({ status: 202, elapsedMs: 42, requestId: "r-1" });
  });

  it("logs a failure instead of a status", () => {
    const { logger, lines } = recorder();
    logResponse(
      logger,
      {
        operation: "showJob",
        attempt: 1,
        method: "GET",
        url: "https://evs.test/v1/p/jobs/j",
        headers: new Headers(),
        elapsedMs: 3,
        error: "network failure (ECONNRESET)",
      },
      [],
    );
    expect(lines[0]?.message).toContain("failed: network failure (ECONNRESET) in 3 ms");
  });

  it("never writes a secret: auth headers, sensitive query values and known secret values are redacted", () => {
    const { logger, text } = recorder();
    const url = `https://zstack.test/zstack/v1/accounts/sessions/${"a".repeat(32)}?token=${CANARY}&password=${CANARY}`;
    logRequest(logger, { operation: "logOut", attempt: 1, method: "DELETE", url, headers }, [CANARY]);
    logResponse(
      logger,
      {
        operation: "logOut",
        attempt: 1,
        method: "DELETE",
        url,
        headers,
        elapsedMs: 1,
        error: `boom ${CANARY}`,
      },
      [CANARY],
    );
    expect(text()).not.toContain(CANARY);
    expect(text()).not.toContain("a".repeat(32));
    expect(text()).toContain("application/json");
  });

  it("does nothing without a logger", () => {
    expect(() =>
      logRequest(
        undefined,
        { operation: "x", attempt: 1, method: "GET", url: "https://x.test", headers },
        [],
      ),
    ).not.toThrow();
  });
});
