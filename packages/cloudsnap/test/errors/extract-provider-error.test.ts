import { describe, expect, it } from "vitest";
import { createHttpError, type Provider, type ProviderErrorDetails } from "../../src/core/http-errors";
import type { HeadersLike } from "../../src/core/redact";
import { extractHuaweiCloudError } from "../../src/providers/huaweicloud/rules";
import { extractNcloudError } from "../../src/providers/ncloud/rules";
import { extractZStackError } from "../../src/providers/zstack/rules";

// Each provider's extractor lives in its home; the error factory adds the shared rules (JSON text
// parsed, a plain-text body as the message). This reads the details the way an HttpError gets them.
const EXTRACTORS = {
  ncloud: extractNcloudError,
  huaweicloud: extractHuaweiCloudError,
  zstack: extractZStackError,
};
function extractProviderError(
  provider: Provider,
  body: unknown,
  headers?: HeadersLike,
): ProviderErrorDetails {
  const error = createHttpError({
    provider,
    operation: "op",
    method: "GET",
    url: "https://api.example.test/",
    status: 400,
    body,
    ...(headers ? { headers } : {}),
    extract: EXTRACTORS[provider],
  });
  const details: ProviderErrorDetails = {};
  if (error.code !== undefined) details.code = error.code;
  if (error.providerMessage !== undefined) details.message = error.providerMessage;
  if (error.requestId !== undefined) details.requestId = error.requestId;
  return details;
}

interface Case {
  name: string;
  given: { provider: Provider; body: unknown; headers?: HeadersLike };
  want: ProviderErrorDetails;
}

const cases: Case[] = [
  {
    name: "NCP gateway error",
    given: { provider: "ncloud", body: { error: { errorCode: "210", message: "Permission Denied" } } },
    want: { code: "210", message: "Permission Denied" },
  },
  {
    name: "NCP gateway error with a numeric code and a request id",
    given: {
      provider: "ncloud",
      body: { error: { errorCode: 200, message: "Authentication Failed", requestId: "r1" } },
    },
    want: { code: "200", message: "Authentication Failed", requestId: "r1" },
  },
  {
    name: "NCP service error from JSON",
    given: {
      provider: "ncloud",
      body: { responseError: { returnCode: "1007009", returnMessage: "ACG busy" } },
    },
    want: { code: "1007009", message: "ACG busy" },
  },
  {
    name: "NCP service error decoded from XML (same object, number code)",
    given: {
      provider: "ncloud",
      body: { responseError: { returnCode: 800, returnMessage: "Expired url." } },
    },
    want: { code: "800", message: "Expired url." },
  },
  {
    name: "NCP action wrapper with a failing return code",
    given: {
      provider: "ncloud",
      body: {
        createNasVolumeSnapshotResponse: { returnCode: "24109", returnMessage: "bad no", requestId: "r2" },
      },
    },
    want: { code: "24109", message: "bad no", requestId: "r2" },
  },
  {
    name: "NCP XML error text that was not decoded",
    given: {
      provider: "ncloud",
      body: "<responseError><returnCode>800</returnCode><returnMessage>Expired url.</returnMessage></responseError>",
    },
    want: { code: "800", message: "Expired url." },
  },
  {
    name: "NCP Search Engine envelope with a non-zero code",
    given: { provider: "ncloud", body: { code: 400, message: "Invalid snapshotName", requestId: "uuid-1" } },
    want: { code: "400", message: "Invalid snapshotName", requestId: "uuid-1" },
  },
  {
    name: "NCP Search Engine success envelope gives only the request id",
    given: { provider: "ncloud", body: { code: 0, message: "SUCCESS", result: true, requestId: "uuid-2" } },
    want: { requestId: "uuid-2" },
  },
  {
    name: "NCP JSON body still in text form",
    given: { provider: "ncloud", body: '{"error":{"errorCode":"300","message":"Not Found Exception"}}' },
    want: { code: "300", message: "Not Found Exception" },
  },
  {
    name: "Huawei service error with X-Request-Id header",
    given: {
      provider: "huaweicloud",
      body: { error: { code: "EVS.2409", message: "Another snapshot is being created" } },
      headers: { "X-Request-Id": "req-1" },
    },
    want: { code: "EVS.2409", message: "Another snapshot is being created", requestId: "req-1" },
  },
  {
    name: "Huawei gateway error (body request id wins)",
    given: {
      provider: "huaweicloud",
      body: { error_code: "APIGW.0301", error_msg: "verify aksk signature fail", request_id: "body-id" },
      headers: new Headers({ "x-request-id": "header-id" }),
    },
    want: { code: "APIGW.0301", message: "verify aksk signature fail", requestId: "body-id" },
  },
  {
    name: "Huawei OpenStack-style fault",
    given: { provider: "huaweicloud", body: { itemNotFound: { code: 404, message: "snapshot not found" } } },
    want: { code: "404", message: "snapshot not found" },
  },
  {
    name: "Huawei empty body, request id from headers",
    given: { provider: "huaweicloud", body: "", headers: [["X-Request-Id", "only-header"]] },
    want: { requestId: "only-header" },
  },
  {
    name: "ZStack error with description and details",
    given: {
      provider: "zstack",
      body: {
        error: {
          code: "SYS.1001",
          description: "A message or a operation timeout",
          details: "volume snapshot timed out",
          globalErrorCode: "ORG_ZSTACK_1",
        },
      },
    },
    want: { code: "SYS.1001", message: "A message or a operation timeout: volume snapshot timed out" },
  },
  {
    name: "ZStack error with only a description",
    given: { provider: "zstack", body: { error: { code: "ID.1001", description: "invalid argument" } } },
    want: { code: "ID.1001", message: "invalid argument" },
  },
  {
    name: "ZStack plain-text body is the message",
    given: { provider: "zstack", body: "the job has been expired\n" },
    want: { message: "the job has been expired" },
  },
  {
    name: "an HTML page gives nothing",
    given: { provider: "ncloud", body: "<html><body>502</body></html>" },
    want: {},
  },
  { name: "no body gives nothing", given: { provider: "zstack", body: undefined }, want: {} },
  { name: "an array body gives nothing", given: { provider: "huaweicloud", body: [1, 2] }, want: {} },
];

describe("extractProviderError", () => {
  it.each(cases)("reads $name", ({ given, want }) => {
    expect(extractProviderError(given.provider, given.body, given.headers)).toEqual(want);
  });
});
