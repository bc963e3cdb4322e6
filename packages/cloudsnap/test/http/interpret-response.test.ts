import { describe, expect, it } from "vitest";
import { DecodeError } from "../../src/core/errors";
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type HttpError,
  NotFoundError,
  RateLimitError,
  ServerError,
} from "../../src/core/http-errors";
import type { OperationMetadata, Shape } from "../../src/core/metadata";
import { interpretResponse } from "../../src/core/pipeline";
import type { ApiBinding, Answer as RawResponse } from "../../src/core/provider";
import { HUAWEICLOUD_RULES } from "../../src/providers/huaweicloud/rules";

const SHAPES: Record<string, Shape> = {
  Volume: {
    type: "object",
    properties: {
      id: { type: "string" },
      size: { type: "integer" },
      tags: { type: "array", items: { type: "string" }, xml: { wrapped: true, itemName: "tag" } },
    },
  },
  ShowVolumeBody: { type: "object", properties: { showVolumeResponse: { ref: "Volume" } } },
  ServiceError: {
    type: "object",
    properties: {
      error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } },
    },
  },
};

const OPERATION: OperationMetadata = {
  operationId: "showVolume",
  method: "GET",
  path: "/volumes/{id}",
  parameters: [],
  security: [],
  responses: {
    "200": {
      content: {
        "application/json": { schema: { ref: "ShowVolumeBody" } },
        "application/xml": { schema: { type: "string" }, decodeAs: "application/json" },
      },
      headers: [],
    },
    "409": { content: { "application/json": { schema: { ref: "ServiceError" } } }, headers: [] },
  },
};

const API: Pick<ApiBinding, "rules" | "shapes" | "unwrap"> = { rules: HUAWEICLOUD_RULES, shapes: SHAPES };

const DECODED = { showVolumeResponse: { id: "007", size: 10, tags: ["a", "b"] } };

function raw(
  status: number,
  text: string,
  contentType?: string,
  extra: Record<string, string> = {},
): RawResponse {
  return {
    status,
    text,
    headers: new Headers({ ...(contentType ? { "content-type": contentType } : {}), ...extra }),
    method: "GET",
    url: "https://evs.example.test/volumes/007",
  };
}

describe("interpretResponse", () => {
  describe("a 2xx answer", () => {
    const forms = [
      {
        name: "JSON",
        given: raw(200, '{"showVolumeResponse":{"id":"007","size":10,"tags":["a","b"]}}', "application/json"),
        want: DECODED,
      },
      {
        name: "JSON with a charset parameter",
        given: raw(
          200,
          '{"showVolumeResponse":{"id":"007","size":10,"tags":["a","b"]}}',
          "application/json;charset=UTF-8",
        ),
        want: DECODED,
      },
      {
        name: "XML, typed by the JSON schema it points at",
        given: raw(
          200,
          '<?xml version="1.0"?><showVolumeResponse><id>007</id><size>10</size><tags><tag>a</tag><tag>b</tag></tags></showVolumeResponse>',
          "application/xml",
        ),
        want: DECODED,
      },
    ];
    it.each(forms)("decodes $name by the operation's metadata", async ({ given, want }) => {
      expect(await interpretResponse(API, OPERATION, given, [])).toEqual(want);
    });

    it("applies the binding's unwrap to the decoded value", async () => {
      const seen: unknown[] = [];
      const api: Pick<ApiBinding, "rules" | "shapes" | "unwrap"> = {
        ...API,
        unwrap: (value) => {
          seen.push(value);
          return (value as typeof DECODED).showVolumeResponse;
        },
      };
      const value = await interpretResponse(
        api,
        OPERATION,
        raw(200, JSON.stringify(DECODED), "application/json"),
        [],
      );
      expect(seen).toEqual([DECODED]);
      expect(value).toEqual(DECODED.showVolumeResponse);
    });

    const undecodable = [
      {
        name: "malformed JSON",
        given: raw(200, '{"showVolumeResponse":{"id":', "application/json"),
        want: { message: "showVolume: malformed body (HTTP 200)", excerpt: '{"showVolumeResponse":{"id":' },
      },
      {
        name: "malformed XML",
        given: raw(200, "<showVolumeResponse><id>1</showVolumeResponse>", "application/xml"),
        want: {
          message: "showVolume: malformed body (HTTP 200)",
          excerpt: "<showVolumeResponse><id>1</showVolumeResponse>",
        },
      },
      {
        name: "a content type the spec does not offer",
        given: raw(200, "<html>maintenance</html>", "text/html"),
        want: {
          message:
            'showVolume: unexpected content type "text/html"; the spec allows application/json, application/xml (HTTP 200)',
          excerpt: "<html>maintenance</html>",
        },
      },
      {
        name: "no content type on a non-empty body",
        given: raw(200, '{"showVolumeResponse":{}}'),
        want: { excerpt: '{"showVolumeResponse":{}}' },
      },
      {
        name: "JSON that does not fit the schema",
        given: raw(200, '{"showVolumeResponse":{"size":"big"}}', "application/json"),
        want: {
          message:
            "showVolume: body does not match the spec at $.showVolumeResponse.size: expected an integer (HTTP 200)",
        },
      },
    ];
    it.each(undecodable)("turns $name into a DecodeError, never a TypeError", async ({ given, want }) => {
      const error = await interpretResponse(API, OPERATION, given, []).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DecodeError);
      expect(error).not.toBeInstanceOf(TypeError);
      expect(error).toMatchObject({ operation: "showVolume", status: 200, ...want });
    });

    it("keeps a secret in an undecodable body out of the DecodeError", async () => {
      const given = raw(200, '{"token":"tok-SECRET-1", "x": ', "application/json");
      const error = await interpretResponse(API, OPERATION, given, ["tok-SECRET-1"]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).excerpt).toContain("***");
      expect(`${String(error)} ${JSON.stringify(error)} ${(error as Error).stack}`).not.toContain(
        "tok-SECRET-1",
      );
    });
  });

  describe("a failure status", () => {
    const failures = [
      {
        name: "a Huawei service error on 409",
        given: raw(409, '{"error":{"code":"EVS.2409","message":"busy"}}', "application/json"),
        want: { type: ConflictError, code: "EVS.2409", providerMessage: "busy" },
      },
      {
        name: "an API Gateway error on an undeclared 401",
        given: raw(
          401,
          '{"error_code":"APIGW.0301","error_msg":"bad signature","request_id":"r-9"}',
          "application/json",
        ),
        want: {
          type: AuthenticationError,
          code: "APIGW.0301",
          providerMessage: "bad signature",
          requestId: "r-9",
        },
      },
      {
        name: "a plain-text 404",
        given: raw(404, "the snapshot is gone", "text/plain"),
        want: { type: NotFoundError, code: undefined, providerMessage: "the snapshot is gone" },
      },
      {
        name: "an undeclared 400 with a service error",
        given: raw(400, '{"error":{"code":"EVS.0001","message":"bad"}}', "application/json"),
        want: { type: BadRequestError, code: "EVS.0001", providerMessage: "bad" },
      },
      {
        name: "a 409 whose JSON does not fit the declared shape",
        given: raw(409, '{"error":"flat","error_code":"EVS.9999","error_msg":"odd"}', "application/json"),
        want: { type: ConflictError, code: "EVS.9999", providerMessage: "odd" },
      },
      {
        name: "a 429 with Retry-After",
        given: raw(429, '{"error_code":"APIGW.0308","error_msg":"throttled"}', "application/json", {
          "retry-after": "3",
        }),
        want: { type: RateLimitError, code: "APIGW.0308", retryAfterMs: 3000 },
      },
      {
        name: "a proxy's 502 HTML page",
        given: raw(502, "<html><body>Bad Gateway</body></html>", "text/html"),
        want: { type: ServerError, code: undefined },
      },
      {
        name: "a 409 declared as JSON that is malformed",
        given: raw(409, '{"error":', "application/json"),
        want: { type: ConflictError, code: undefined },
      },
    ];
    it.each(failures)("throws the matching HttpError for $name", async ({ given, want }) => {
      const { type, ...fields } = want;
      const error = await interpretResponse(API, OPERATION, given, []).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(type);
      expect(error).toMatchObject({
        provider: "huaweicloud",
        operation: "showVolume",
        status: given.status,
        method: "GET",
        url: "https://evs.example.test/volumes/007",
        ...fields,
      });
    });

    it("never shows a secret the provider echoed back", async () => {
      const secret = "tok-SECRET-2";
      const given = raw(
        401,
        JSON.stringify({
          error_code: "APIGW.0301",
          error_msg: `token ${secret} expired`,
          echo: { x: secret },
        }),
        "application/json",
      );
      const error = (await interpretResponse(API, OPERATION, given, [secret]).catch(
        (e: unknown) => e,
      )) as HttpError;
      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error.providerMessage).toBe("token *** expired");
      const printed = `${String(error)} ${JSON.stringify(error)} ${error.stack} ${JSON.stringify(error.body)}`;
      expect(printed).not.toContain(secret);
    });
  });
});
