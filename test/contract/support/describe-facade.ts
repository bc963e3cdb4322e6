import type { OperationMetadata, Shape } from "@cloudsnap/ncloud";
import { type HttpError, isHttpError } from "cloudsnap";
import { describe, expect, it } from "vitest";
import { resolveShape } from "../../../packages/cloudsnap/src/core/decode";
import { APIS } from "./apis";
import { shapeViolations } from "./conforms";
import { expectedProviderError } from "./expected-error";
import { sampleParams } from "./sample-values";
import { SpecDocument } from "./spec-document";

type FacadeMethod = (
  params: Record<string, unknown>,
  options?: { headers?: Record<string, string>; retry?: object },
) => Promise<unknown>;

/** How one spec's facade group is reached and what its successes decode to. */
export interface FacadeTarget {
  readonly key: string;
  /** The facade group (e.g. `client.classicNas`), available once the fronts are up. */
  readonly group: () => Record<string, unknown>;
  /** NCP: results come without their `…Response` root. */
  readonly unwrapped?: boolean;
  /** ZStack: a 202 create resolves to the finished job, shaped like this operation's 200. */
  readonly finalShapeOf?: (operation: OperationMetadata) => OperationMetadata | undefined;
  /** Parameters the client fills in (region, project id) and the test leaves out. */
  readonly clientFilled?: readonly string[];
  /**
   * Fields the facade requires beyond the spec, per operation, as paths into the parameters
   * (Huawei EVS: a create must name its volume). Their required-only form takes them from the
   * all-parameters sample.
   */
  readonly facadeRequires?: Readonly<Record<string, readonly (readonly string[])[]>>;
}

/** Runs every operation and every documented error of one spec through the cloudsnap facade. */
export function describeFacade(target: FacadeTarget): void {
  const api = APIS.find((a) => a.key === target.key);
  if (!api) throw new Error(`unknown API ${target.key}`);
  const doc = new SpecDocument(target.key);
  const method = (operationId: string) => {
    const fn = target.group()[operationId];
    if (typeof fn !== "function") throw new Error(`facade has no method ${operationId}`);
    return fn as FacadeMethod;
  };
  const params = (operationId: string, mode: "required" | "all", mediaType = "application/json") => {
    const out = sampleParams(doc, operationId, mode);
    for (const name of target.clientFilled ?? []) delete out[name];
    if (mode === "required") {
      const all = sampleParams(doc, operationId, "all");
      for (const path of target.facadeRequires?.[operationId] ?? []) copyPath(all, out, path);
    }
    // NCP answers in the format `responseFormatType` names; pick the one the example is in.
    const op = api.operations[operationId];
    const hasFormat =
      op?.parameters.some((p) => p.name === "responseFormatType") ||
      op?.requestBody?.properties.includes("responseFormatType");
    if (hasFormat) out.responseFormatType = /xml/.test(mediaType) ? "xml" : "json";
    return out;
  };

  describe(`${target.key} through the facade`, () => {
    for (const op of Object.values(api.operations)) {
      for (const mode of ["required", "all"] as const) {
        it(`${op.operationId} (${mode === "required" ? "required-only" : "all parameters"}) is signed, accepted and decoded`, async () => {
          const value = await method(op.operationId)(params(op.operationId, mode));
          const final = target.finalShapeOf?.(op) ?? op;
          const success = Object.entries(final.responses).find(([status]) => /^2/.test(status));
          const schema = success?.[1].content["application/json"]?.schema;
          if (!schema) return expect(value).toBeDefined();
          const shape = target.unwrapped ? innerShape(schema, api.shapes) : schema;
          expect(shapeViolations(value, shape, api.shapes)).toEqual([]);
        });
      }
      for (const example of doc.responseExamples(op.operationId)) {
        if (Number(example.status) < 400) continue;
        it(`${op.operationId} ${example.status} ${example.mediaType} "${example.name}" becomes a typed error`, async () => {
          const headers = { Prefer: `code=${example.status}, example=${example.name}` };
          // One attempt: Prism answers the same example every time, so a retry would only add time.
          const retry = { maxAttempts: 1, resourceBusy: { maxAttempts: 1 } };
          const error = await method(op.operationId)(params(op.operationId, "all", example.mediaType), {
            headers,
            retry,
          }).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(isHttpError(error)).toBe(true);
          const http = error as HttpError;
          expect(http.status).toBe(Number(example.status));
          expect(http.provider).toBe(target.key.split("/")[0]);
          expect(http.operation).toBe(op.operationId);
          const want = expectedProviderError(example.value);
          if (want.code !== undefined) expect(http.code).toBe(want.code);
          // ZStack's message is `description: details`; session ids in a message are secrets, so masked.
          const masked = want.message?.replace(/(\/sessions?\/)[0-9a-f]{32}/g, "$1***");
          if (masked !== undefined) expect(http.providerMessage).toContain(masked);
          expect(http.name).toBe(expectedClass(http.status));
        });
      }
    }
  });
}

function expectedClass(status: number): string {
  const specific: Record<number, string> = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    429: "RateLimitError",
  };
  return specific[status] ?? (status >= 500 ? "ServerError" : "ClientError");
}

function innerShape(schema: Shape, named: Readonly<Record<string, Shape>>): Shape {
  const root = resolveShape(schema, named);
  if (root.type !== "object") return schema;
  const keys = Object.keys(root.properties);
  const only = keys.length === 1 && keys[0]?.endsWith("Response") ? root.properties[keys[0]] : undefined;
  return only ?? schema;
}

/** Copies the value at `path` from one parameter object into another, creating objects on the way. */
function copyPath(from: Record<string, unknown>, to: Record<string, unknown>, path: readonly string[]): void {
  let source: unknown = from;
  let target = to;
  for (const [index, key] of path.entries()) {
    source = (source as Record<string, unknown> | undefined)?.[key];
    if (index === path.length - 1) {
      if (source !== undefined) target[key] = source;
      return;
    }
    if (typeof target[key] !== "object" || target[key] === null) target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
}
