import type { OperationMetadata } from "@cloudsnap/ncloud";
import { describe, expect, it } from "vitest";
import { bindFacade } from "../../src/clients/bind-facade";
import type { ApiBinding } from "../../src/http/api-binding";
import type { CallOptions } from "../../src/http/call-options";
import type { InvokeDeps } from "../../src/http/invoke-operation";

type Method = (params?: Record<string, unknown>, options?: CallOptions) => Promise<unknown>;

function operation(operationId: string): OperationMetadata {
  return {
    operationId,
    method: "GET",
    path: `/${operationId}`,
    parameters: [],
    // Open metadata: these fakes take any field, so the spec-driven validation lets them through.
    requestBody: {
      mediaType: "application/json",
      required: false,
      schema: { type: "object", properties: {}, additionalProperties: { type: "any" } },
      properties: [],
    },
    responses: { "202": { content: { "application/json": { schema: { type: "any" } } }, headers: [] } },
    security: [],
  };
}

const generated =
  (name: string) =>
  async (
    params: Record<string, unknown>,
    init: { fetch: (r: Request) => Promise<Response>; headers?: Record<string, string> },
  ) =>
    init.fetch(
      new Request(`https://api.example.test/${name}?n=${String(params.n)}`, { headers: init.headers ?? {} }),
    );

describe("bindFacade", () => {
  const api: ApiBinding = {
    provider: "zstack",
    operations: { listThings: operation("listThings"), showThing: operation("showThing") },
    shapes: {},
    bound: { listThings: generated("listThings"), showThing: generated("showThing") },
  };
  const sent: Request[] = [];
  const deps: InvokeDeps = {
    fetch: async (request) => {
      sent.push(request);
      return Response.json({ from: new URL(request.url).pathname }, { status: 202 });
    },
    authorizer: { authorize: async (request) => request, secrets: () => [] },
  };

  it("creates one method per operation in the metadata", () => {
    expect(Object.keys(bindFacade<Record<string, Method>>(api, deps)).sort()).toEqual([
      "listThings",
      "showThing",
    ]);
  });

  it("resolves a method to the decoded value alone, passing params and call options through", async () => {
    const methods = bindFacade<Record<string, Method>>(api, deps);
    const value = await methods.showThing?.({ n: 7 }, { headers: { "X-Trace": "t" } });
    expect(value).toEqual({ from: "/showThing" });
    expect(sent.at(-1)?.url).toBe("https://api.example.test/showThing?n=7");
    expect(sent.at(-1)?.headers.get("x-trace")).toBe("t");
  });
});
