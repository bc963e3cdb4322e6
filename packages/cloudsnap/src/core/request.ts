// Builds the wire request of one call from the generated metadata: path, query, header parameters
// and the body, serialized once. This replaces the generated openapi-fetch operations on the
// facade's path: measured on a loopback server, handing openapi-fetch's `Request` to `fetch` cost
// about 40 % of a whole signed call (undici clones it), so the core calls `fetch(url, init)` itself
// (bench/results.md). The generated operations stay the provider packages' own API.

import type { OperationMetadata, ParameterMetadata, Shapes } from "./metadata";
import { resolveShape } from "./shapes";
import type { WireRequest } from "./signing";

/** How one operation's parameters are laid out on the wire, worked out once per operation. */
interface Plan {
  readonly path: readonly ParameterMetadata[];
  readonly query: readonly ParameterMetadata[];
  readonly header: readonly ParameterMetadata[];
  /** NCP `name.N` lists in the query: the whole query is then form-encoded, as NCP's SDKs do. */
  readonly indexedQuery: boolean;
  readonly body: "json" | "form" | undefined;
  readonly properties: readonly string[];
  /** The body is a map (`additionalProperties`): any other name the caller passes is one of its entries. */
  readonly open: boolean;
  /** Every caller-facing name that is not a body property. */
  readonly parameters: readonly string[];
  readonly contentType: string | undefined;
}

const plans = new WeakMap<OperationMetadata, Plan>();

function planOf(operation: OperationMetadata, shapes: Shapes): Plan {
  let plan = plans.get(operation);
  if (plan !== undefined) return plan;
  const mediaType = operation.requestBody?.mediaType;
  const bodyShape = operation.requestBody ? resolveShape(operation.requestBody.schema, shapes) : undefined;
  const query = operation.parameters.filter((p) => p.in === "query");
  plan = {
    path: operation.parameters.filter((p) => p.in === "path"),
    query,
    header: operation.parameters.filter((p) => p.in === "header"),
    indexedQuery: query.some((p) => p.indexed),
    // A GET or DELETE carries no body, whatever the metadata says.
    body:
      mediaType === undefined || operation.method === "GET" || operation.method === "DELETE"
        ? undefined
        : mediaType === "application/x-www-form-urlencoded"
          ? "form"
          : "json",
    properties: operation.requestBody?.properties ?? [],
    open: bodyShape?.type === "object" && bodyShape.additionalProperties !== undefined,
    parameters: operation.parameters.map((p) => p.name),
    contentType: mediaType,
  };
  plans.set(operation, plan);
  return plan;
}

/** Where the API lives: its origin and the `host[:port]` that goes with it. */
export interface Endpoint {
  readonly origin: string;
  readonly host: string;
}

/**
 * The request of one call, from parameters that were already validated against `operation`: each
 * path value encoded as exactly one segment, query and header parameters in spec order, the body's
 * top-level properties serialized once (JSON, or a form with NCP's `name.N` lists). `headers` are
 * the extra ones (lower-cased here); the signer adds its own per attempt.
 */
export function buildRequest(
  endpoint: Endpoint,
  operation: OperationMetadata,
  shapes: Shapes,
  params: Readonly<Record<string, unknown>>,
  headers: Readonly<Record<string, string>>,
): WireRequest {
  const plan = planOf(operation, shapes);
  let pathname = operation.path;
  for (const parameter of plan.path) {
    pathname = pathname.replace(`{${parameter.name}}`, encodeURIComponent(text(params[parameter.name])));
  }
  const pairs: string[] = [];
  for (const parameter of plan.query) {
    const value = params[parameter.name];
    if (value === undefined || value === null) continue;
    if (plan.indexedQuery) appendForm(pairs, parameter.name, value);
    else appendQuery(pairs, parameter.name, value);
  }
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  for (const parameter of plan.header) {
    const value = params[parameter.name];
    if (value !== undefined && value !== null) out[parameter.name.toLowerCase()] = text(value);
  }
  let body: string | undefined;
  if (plan.body !== undefined) {
    out["content-type"] = plan.contentType as string;
    body = plan.body === "json" ? JSON.stringify(bodyOf(plan, params)) : formOf(plan, params);
  }
  return {
    method: operation.method,
    origin: endpoint.origin,
    host: endpoint.host,
    pathname,
    search: pairs.length === 0 ? "" : `?${pairs.join("&")}`,
    headers: out,
    body,
  };
}

/** The body's fields in spec order, then (for a map) every other name the caller passed, as validated. */
function bodyFields(plan: Plan, params: Readonly<Record<string, unknown>>): string[] {
  const names = plan.properties.filter((name) => Object.hasOwn(params, name) && params[name] !== undefined);
  if (!plan.open) return names;
  for (const name of Object.keys(params)) {
    if (!plan.properties.includes(name) && !plan.parameters.includes(name) && params[name] !== undefined)
      names.push(name);
  }
  return names;
}

function bodyOf(plan: Plan, params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const name of bodyFields(plan, params)) body[name] = params[name];
  return body;
}

function formOf(plan: Plan, params: Readonly<Record<string, unknown>>): string {
  const pairs: string[] = [];
  for (const name of bodyFields(plan, params)) appendForm(pairs, name, params[name]);
  return pairs.join("&");
}

/** Query as openapi-fetch writes it: `name=value`, lists repeated (`q=a&q=b`), values percent-encoded. */
function appendQuery(pairs: string[], name: string, value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== undefined && item !== null) appendQuery(pairs, name, item);
    return;
  }
  pairs.push(`${name}=${encodeURIComponent(text(value))}`);
}

/** `application/x-www-form-urlencoded`, lists as NCP's `name.1`, `name.2`, … (`x-ncp-indexed`). */
function appendForm(pairs: string[], name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) appendForm(pairs, `${name}.${index + 1}`, item);
    return;
  }
  pairs.push(`${formEncode(name)}=${formEncode(text(value))}`);
}

const FORM_EXTRA: Readonly<Record<string, string>> = {
  "!": "%21",
  "'": "%27",
  "(": "%28",
  ")": "%29",
  "~": "%7E",
  "%20": "+",
};

/** The form encoding `URLSearchParams` writes (space as `+`), without building one. */
function formEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()~]|%20/g, (match) => FORM_EXTRA[match] ?? match);
}

function text(value: unknown): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}
