import { describe, expect, it } from "vitest";
import { APIS, operationOf } from "./support/apis";
import { sampleParams } from "./support/sample-values";
import { SpecDocument } from "./support/spec-document";

/**
 * Prism matches query parameter names case-insensitively, so a wrong-case name would pass the mocks.
 * Here each generated operation sends to a capturing fetch, and every name on the wire must equal
 * the spec's name exactly.
 */
describe("parameter names on the wire match the spec exactly", () => {
  for (const api of APIS) {
    const doc = new SpecDocument(api.key);
    for (const op of Object.values(api.operations)) {
      it(`${api.key} ${op.operationId}`, async () => {
        let captured: Request | undefined;
        const client = api.createClient({
          baseUrl: "http://127.0.0.1:9",
          fetch: async (request) => {
            captured = request;
            return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
          },
        });
        const params = sampleParams(doc, op.operationId, "all");
        await operationOf(client, op.operationId)(params);
        if (!captured) throw new Error("no request was sent");
        const url = new URL(captured.url);

        const expectedPath = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
          encodeURIComponent(String(params[name])),
        );
        expect(url.pathname).toBe(expectedPath);
        expect(captured.method).toBe(op.method);

        const wireNames = (names: Iterable<string>) =>
          [...new Set([...names].map((n) => n.replace(/\.\d+$/, "")))].sort();
        const specNames = (location: string) =>
          op.parameters
            .filter((p) => p.in === location)
            .map((p) => p.name)
            .sort();
        expect(wireNames(url.searchParams.keys())).toEqual(specNames("query"));
        for (const name of specNames("header")) expect(captured.headers.has(name)).toBe(true);

        const bodyText = await captured.text();
        if (!op.requestBody) return expect(bodyText).toBe("");
        const bodyKeys = Object.keys(params).filter((k) => !op.parameters.some((p) => p.name === k));
        if (op.requestBody.mediaType === "application/x-www-form-urlencoded") {
          expect(captured.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
          expect(wireNames(new URLSearchParams(bodyText).keys())).toEqual(bodyKeys.sort());
        } else {
          expect(Object.keys(JSON.parse(bodyText)).sort()).toEqual(bodyKeys.sort());
        }
      });
    }
  }
});
