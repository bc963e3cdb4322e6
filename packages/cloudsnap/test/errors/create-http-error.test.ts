import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  ClientError,
  ConflictError,
  createHttpError,
  HttpError,
  type HttpErrorInput,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
} from "../../src/core/http-errors";
import { extractHuaweiCloudError } from "../../src/providers/huaweicloud/rules";

const base: HttpErrorInput = {
  provider: "huaweicloud",
  extract: extractHuaweiCloudError,
  operation: "createSnapshot",
  method: "post",
  url: "https://evs.cn-north-4.myhuaweicloud.com/v5/p1/snapshots",
  status: 500,
};

describe("createHttpError maps status to class", () => {
  const cases = [
    { name: "400", given: 400, want: { cls: BadRequestError, name: "BadRequestError" } },
    { name: "401", given: 401, want: { cls: AuthenticationError, name: "AuthenticationError" } },
    { name: "403", given: 403, want: { cls: PermissionDeniedError, name: "PermissionDeniedError" } },
    { name: "404", given: 404, want: { cls: NotFoundError, name: "NotFoundError" } },
    { name: "409", given: 409, want: { cls: ConflictError, name: "ConflictError" } },
    { name: "429", given: 429, want: { cls: RateLimitError, name: "RateLimitError" } },
    { name: "other 4xx", given: 413, want: { cls: ClientError, name: "ClientError" } },
    { name: "5xx", given: 503, want: { cls: ServerError, name: "ServerError" } },
    { name: "not 4xx/5xx", given: 302, want: { cls: HttpError, name: "HttpError" } },
  ];
  it.each(cases)("$name", ({ given, want }) => {
    const error = createHttpError({ ...base, status: given });
    expect(error).toBeInstanceOf(want.cls);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.name).toBe(want.name);
    expect(error.status).toBe(given);
  });

  it("puts every specific 4xx class under ClientError", () => {
    for (const status of [400, 401, 403, 404, 409, 429]) {
      expect(createHttpError({ ...base, status })).toBeInstanceOf(ClientError);
    }
  });
});

describe("createHttpError fields and message", () => {
  it("reads the provider's code, message and request id into a one-line message", () => {
    const error = createHttpError({
      ...base,
      status: 409,
      headers: { "X-Request-Id": "7b1c" },
      body: { error: { code: "EVS.2409", message: "Another snapshot is\n being created" } },
    });
    expect(error.message).toBe(
      "createSnapshot (huaweicloud): POST https://evs.cn-north-4.myhuaweicloud.com/v5/p1/snapshots " +
        "returned 409 Conflict; EVS.2409: Another snapshot is being created (request id 7b1c)",
    );
    expect(String(error)).toMatch(/^ConflictError: createSnapshot \(huaweicloud\): POST/);
    expect(error).toMatchObject({
      provider: "huaweicloud",
      operation: "createSnapshot",
      method: "POST",
      code: "EVS.2409",
      requestId: "7b1c",
      body: { error: { code: "EVS.2409" } },
    });
  });

  it("formats a ZStack text body", () => {
    const error = createHttpError({
      provider: "zstack",
      operation: "getApiJob",
      method: "GET",
      url: "http://zs:8080/zstack/v1/api-jobs/abc",
      status: 404,
      body: "the job has been expired",
    });
    expect(error.message).toBe(
      "getApiJob (zstack): GET http://zs:8080/zstack/v1/api-jobs/abc returned 404 Not Found; the job has been expired",
    );
    expect(error.providerMessage).toBe("the job has been expired");
  });

  it("stores a redacted URL", () => {
    const error = createHttpError({ ...base, url: "https://u:pw@h/x?signature=abc&limit=1" });
    expect(error.url).toBe("https://h/x?signature=***&limit=1");
    expect(error.message).toContain("https://h/x?signature=***&limit=1");
  });

  const retryCases = [
    { name: "429 with seconds", given: { status: 429, value: "7" }, want: 7000 },
    {
      name: "503 with an HTTP-date",
      given: { status: 503, value: "Mon, 01 Jan 2024 00:00:02 GMT" },
      want: 2000,
    },
    { name: "500 ignores Retry-After", given: { status: 500, value: "7" }, want: undefined },
    { name: "429 without the header", given: { status: 429, value: undefined }, want: undefined },
  ];
  it.each(retryCases)("retryAfterMs: $name", ({ given, want }) => {
    const headers: Record<string, string> = given.value === undefined ? {} : { "Retry-After": given.value };
    const now = () => Date.parse("2024-01-01T00:00:00Z");
    expect(createHttpError({ ...base, status: given.status, headers, now }).retryAfterMs).toBe(want);
  });

  it("keeps the cause", () => {
    const cause = new Error("decode failed");
    expect(createHttpError({ ...base, cause }).cause).toBe(cause);
  });

  it("truncates huge text bodies", () => {
    const error = createHttpError({ ...base, body: "x".repeat(10_000) });
    expect((error.body as string).length).toBe(4096);
  });

  it("toJSON gives the safe fields and no headers", () => {
    const error = createHttpError({
      ...base,
      status: 429,
      headers: { "Retry-After": "1", Authorization: "SDK-HMAC-SHA256 secret" },
      body: { error_code: "APIGW.0308", error_msg: "throttled", request_id: "r" },
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "RateLimitError",
      message: error.message,
      provider: "huaweicloud",
      operation: "createSnapshot",
      status: 429,
      method: "POST",
      url: base.url,
      code: "APIGW.0308",
      providerMessage: "throttled",
      requestId: "r",
      retryAfterMs: 1000,
      body: { error_code: "APIGW.0308", error_msg: "throttled", request_id: "r" },
    });
  });
});
