import { describe, expect, it } from "vitest";
import type { CallOptions } from "../../src/core/call-options";
import { bindMethods } from "../../src/core/facade";
import type { OperationMetadata } from "../../src/core/metadata";
import { bindingOf, fakeApi, type InvokeDeps } from "../http/support/fake-api";

type Method = (params?: Record<string, unknown>, options?: CallOptions) => Promise<unknown>;

function operation(operationId: string): OperationMetadata {
  return {
    operationId,
    method: "GET",
    path: `/${operationId}`,
    parameters: [{ name: "n", in: "query", required: false, schema: { type: "any" } }],
    responses: { "202": { content: { "application/json": { schema: { type: "any" } } } } },
    security: [],
  };
}

describe("bindMethods", () => {
  const api = fakeApi([operation("listThings"), operation("showThing")], "zstack");
  const sent: Request[] = [];
  const deps: InvokeDeps = {
    fetch: async (request) => {
      sent.push(request);
      return Response.json({ from: new URL(request.url).pathname }, { status: 202 });
    },
    authorizer: { ownedHeaders: [], sign: async () => ({ headers: {}, secrets: [] }), secrets: () => [] },
  };

  it("creates one method per operation in the metadata", () => {
    expect(Object.keys(bindMethods<Record<string, Method>>(bindingOf(api, deps))).sort()).toEqual([
      "listThings",
      "showThing",
    ]);
  });

  it("resolves a method to the decoded value alone, passing params and call options through", async () => {
    const methods = bindMethods<Record<string, Method>>(bindingOf(api, deps));
    const value = await methods.showThing?.({ n: 7 }, { headers: { "X-Trace": "t" } });
    expect(value).toEqual({ from: "/showThing" });
    expect(sent.at(-1)?.url).toBe("https://api.example.test/showThing?n=7");
    expect(sent.at(-1)?.headers.get("x-trace")).toBe("t");
  });
});
