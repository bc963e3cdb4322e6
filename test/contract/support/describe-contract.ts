import type { OperationMetadata } from "@cloudsnap/ncloud";
import { describe, expect, inject, it } from "vitest";
import { decodeBody } from "../../../packages/cloudsnap/src/core/decode";
import { APIS, type ApiUnderTest, operationOf } from "./apis";
import { shapeViolations } from "./conforms";
import { type SampleMode, sampleParams } from "./sample-values";
import { SpecDocument } from "./spec-document";
import { allowsAnonymous, testAuthHeaders } from "./test-auth";

/** Runs every operation of one spec through its generated client against that spec's Prism mock. */
export function describeContract(key: string): void {
  const api = APIS.find((a) => a.key === key);
  if (!api) throw new Error(`no generated API for ${key}`);
  const doc = new SpecDocument(key);
  const clientFor = (withAuth: boolean, op: OperationMetadata) => {
    const baseUrl = inject("mockUrls")[key];
    if (!baseUrl) throw new Error(`no mock for ${key}`);
    const auth = withAuth ? testAuthHeaders(api, op) : {};
    return { client: api.createClient({ baseUrl }), auth };
  };

  describe(key, () => {
    for (const op of Object.values(api.operations)) {
      describe(op.operationId, () => {
        const success = Object.entries(op.responses).find(([status]) => /^2/.test(status));
        const successMedia = Object.keys(success?.[1].content ?? {});
        for (const mode of ["required", "all"] as const satisfies SampleMode[]) {
          for (const accept of successMedia.length ? successMedia : ["*/*"]) {
            it(`accepts the ${mode === "required" ? "required-only" : "all-parameters"} form (${accept})`, async () => {
              const params = withFormat(sampleParams(doc, op.operationId, mode), accept);
              const { client, auth } = clientFor(true, op);
              const reply = await call(client, op, params, { ...auth, Accept: accept });
              expect(reply.status, describeFailure(reply)).toBe(Number(success?.[0]));
              await expectDecodes(api, op, reply);
            });
          }
        }

        for (const example of doc.responseExamples(op.operationId)) {
          it(`serves and decodes example ${example.status} ${example.mediaType} "${example.name}"`, async () => {
            const { client, auth } = clientFor(true, op);
            const params = withFormat(sampleParams(doc, op.operationId, "all"), example.mediaType);
            const headers = {
              ...auth,
              Accept: example.mediaType,
              Prefer: `code=${example.status}, example=${example.name}`,
            };
            const reply = await call(client, op, params, headers);
            expect(reply.status, describeFailure(reply)).toBe(Number(example.status));
            if (/json/.test(example.mediaType)) expect(JSON.parse(reply.text)).toEqual(example.value);
            else expect(reply.text).toBe(example.value);
            await expectDecodes(api, op, reply);
          });
        }

        for (const [status, response] of Object.entries(op.responses)) {
          const xml = Object.entries(response.content).find(
            ([type, media]) => /xml/.test(type) && media.decodeAs,
          );
          if (!xml) continue;
          it(`decodes the XML and JSON forms of ${status} to equal values`, async () => {
            const examples = doc.responseExamples(op.operationId).filter((e) => e.status === status);
            const xmlExample = examples.find((e) => e.mediaType === xml[0]);
            const jsonExamples = examples.filter((e) => e.mediaType === xml[1].decodeAs);
            const jsonExample = jsonExamples.find((e) => e.name === xmlExample?.name) ?? jsonExamples[0];
            if (!jsonExample || !xmlExample) throw new Error(`${status} needs a JSON and an XML example`);
            const decode = (mediaType: string, text: string) =>
              decodeBody({ text, contentType: mediaType, content: response.content, shapes: api.shapes });
            const fromXml = await decode(xml[0], String(xmlExample.value));
            const fromJson = await decode(jsonExample.mediaType, JSON.stringify(jsonExample.value));
            expect(fromXml).toEqual(fromJson);
          });
        }

        if (!allowsAnonymous(op)) {
          it("is rejected without its auth headers (401)", async () => {
            const { client } = clientFor(false, op);
            const reply = await call(client, op, sampleParams(doc, op.operationId, "all"), {});
            expect(reply.status).toBe(401);
          });
        }

        const omittable = requiredNonPath(doc, op);
        if (omittable) {
          it(`is rejected without its required ${omittable}`, async () => {
            const { client, auth } = clientFor(true, op);
            const params = sampleParams(doc, op.operationId, "all");
            delete params[omittable];
            const reply = await call(client, op, params, auth);
            expect([400, 422]).toContain(reply.status);
          });
        }
      });
    }
  });
}

/** NCP's responseFormatType must agree with the media type asked for. */
function withFormat(params: Record<string, unknown>, mediaType: string): Record<string, unknown> {
  if (!("responseFormatType" in params)) return params;
  return { ...params, responseFormatType: /xml/.test(mediaType) ? "xml" : "json" };
}

function requiredNonPath(doc: SpecDocument, op: OperationMetadata): string | undefined {
  const param = op.parameters.find((p) => p.required && p.in !== "path");
  if (param) return param.name;
  const required = sampleParams(doc, op.operationId, "required");
  const pathNames = new Set(op.parameters.map((p) => p.name));
  return Object.keys(required).find((name) => !pathNames.has(name));
}

/** What came back: openapi-fetch has read the body, so take it from `data` or `error`. */
interface Reply {
  readonly status: number;
  readonly contentType: string | null;
  readonly text: string;
}

async function call(
  client: Record<string, unknown>,
  op: OperationMetadata,
  params: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<Reply> {
  const result = await operationOf(client, op.operationId)(params, { headers });
  const body = result.data ?? result.error;
  const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
  return { status: result.response.status, contentType: result.response.headers.get("content-type"), text };
}

async function expectDecodes(api: ApiUnderTest, op: OperationMetadata, reply: Reply): Promise<void> {
  const content = op.responses[String(reply.status)]?.content;
  const { contentType, text } = reply;
  const value = await decodeBody({ text, contentType, content, shapes: api.shapes });
  const mediaType = (contentType ?? "").split(";")[0]?.trim() ?? "";
  const media = content?.[mediaType];
  const schema = media?.decodeAs ? content?.[media.decodeAs]?.schema : media?.schema;
  expect(schema, `spec declares ${mediaType} for ${reply.status}`).toBeDefined();
  if (schema) expect(shapeViolations(value, schema, api.shapes)).toEqual([]);
}

function describeFailure(reply: Reply): string {
  return `HTTP ${reply.status}: ${reply.text.slice(0, 600)}`;
}
