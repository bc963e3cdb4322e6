import { describe, expect, it } from "vitest";
import { createHuaweiCloudClient, type Logger } from "../../src/index";

const SECRET = "logger-canary-secret-91f3";

describe("a client's logger", () => {
  it("gets one redacted line per request and per response, with timing and request id", async () => {
    const lines: { message: string; fields?: Readonly<Record<string, unknown>> }[] = [];
    const logger: Logger = {
      debug: (message, fields) => lines.push({ message, ...(fields ? { fields } : {}) }),
    };
    const client = createHuaweiCloudClient({
      credentials: { accessKey: "AKLOGGER", secretKey: SECRET, securityToken: `token-${SECRET}` },
      projectId: "p1",
      endpoint: "https://evs.example.test",
      logger,
      fetch: async () =>
        Response.json(
          { job_id: "j1", snapshot_id: "s1" },
          { status: 202, headers: { "X-Request-Id": "req-7" } },
        ),
    });
    await client.evs.createSnapshot({ snapshot: { volume_id: "v1" } });
    expect(lines.map((l) => l.message)).toEqual([
      "cloudsnap → createSnapshot #1 POST https://evs.example.test/v5/p1/snapshots",
      expect.stringMatching(
        /^cloudsnap ← createSnapshot #1 POST https:\/\/evs\.example\.test\/v5\/p1\/snapshots 202 in \d+ ms \(request id req-7\)$/,
      ),
    ]);
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain(SECRET);
    expect(lines[0]?.fields?.headers).toMatchObject({ authorization: "***", "x-security-token": "***" });
  });

  it("logs a failure instead of a status, still without secrets", async () => {
    const lines: string[] = [];
    const client = createHuaweiCloudClient({
      credentials: { accessKey: "AKLOGGER", secretKey: SECRET },
      projectId: "p1",
      endpoint: "https://evs.example.test",
      logger: { debug: (message) => lines.push(message) },
      retry: { maxAttempts: 1 },
      fetch: async () => {
        throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
      },
    });
    await expect(client.evs.showSnapshot({ snapshot_id: "s1" })).rejects.toThrow();
    expect(lines[1]).toMatch(
      /failed: NetworkError: showSnapshot: connection to evs\.example\.test:443 refused \(ECONNREFUSED\); the request was not sent/,
    );
    expect(lines.join("\n")).not.toContain(SECRET);
  });
});
