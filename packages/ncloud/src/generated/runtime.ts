// This file is generated. Do not edit it by hand.
// Source: scripts/generate/templates/runtime.ts
// Regenerate with: pnpm generate
import createClient, { type Client } from "openapi-fetch";

/** How a value of one schema is laid out: drives decoding (JSON and XML) and input validation. */
export type Shape =
  | {
      readonly type: "string";
      readonly nullable?: true;
      readonly minLength?: number;
      readonly maxLength?: number;
      /** Upper bound on the UTF-8 byte length (`x-max-bytes`), for limits counted in bytes. */
      readonly maxBytes?: number;
      readonly pattern?: string;
      readonly enum?: readonly string[];
      readonly format?: string;
    }
  | {
      readonly type: "integer" | "number";
      readonly nullable?: true;
      readonly minimum?: number;
      readonly maximum?: number;
      readonly enum?: readonly number[];
    }
  | { readonly type: "boolean"; readonly nullable?: true }
  | { readonly type: "null" }
  | { readonly type: "any" }
  | {
      readonly type: "object";
      readonly nullable?: true;
      readonly properties: Readonly<Record<string, Shape>>;
      readonly required?: readonly string[];
      readonly additionalProperties?: Shape;
      readonly xmlName?: string;
    }
  | {
      readonly type: "array";
      readonly nullable?: true;
      readonly items: Shape;
      readonly minItems?: number;
      readonly maxItems?: number;
      readonly xml?: { readonly wrapped: boolean; readonly itemName: string };
    }
  | { readonly type: "union"; readonly anyOf: readonly Shape[] }
  | { readonly ref: string };

/** One parameter of an operation, by its spec name and location. */
export interface ParameterMetadata {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly schema: Shape;
  /** NCP `name.N` list parameters (`x-ncp-indexed`). */
  readonly indexed?: true;
}

/** What a response may carry, per media type; `decodeAs` points an XML body at its JSON sibling. */
export interface MediaMetadata {
  readonly schema: Shape;
  readonly decodeAs?: string;
}

/** Everything the facade needs to know about one operation, derived from the spec alone. */
export interface OperationMetadata {
  readonly operationId: string;
  readonly method: "GET" | "PUT" | "POST" | "DELETE" | "PATCH";
  readonly path: string;
  readonly parameters: readonly ParameterMetadata[];
  readonly requestBody?: {
    readonly mediaType: string;
    readonly required: boolean;
    readonly schema: Shape;
    /** Top-level body properties, which callers pass flat beside the parameters. */
    readonly properties: readonly string[];
  };
  readonly responses: Readonly<Record<string, { readonly content: Readonly<Record<string, MediaMetadata>> }>>;
  /** Alternatives of security scheme names; an empty inner list means "no auth needed". */
  readonly security: readonly (readonly string[])[];
}

/** Per-call options a generated operation passes through to openapi-fetch. */
export interface OperationInit {
  readonly signal?: AbortSignal;
  readonly headers?: Record<string, string>;
  readonly baseUrl?: string;
  readonly fetch?: (input: Request) => Promise<Response>;
}

/** Options for a provider API client: an origin, a fetch implementation, and middleware. */
export interface ApiClientOptions {
  /** Origin to send requests to (scheme, host, port); spec paths are appended to it. */
  readonly baseUrl: string;
  /** Fetch implementation; defaults to `globalThis.fetch`. */
  readonly fetch?: (input: Request) => Promise<Response>;
  /** openapi-fetch middleware, run in order (auth lives here, not in this package). */
  readonly middleware?: readonly Parameters<Client<Record<string, never>>["use"]>[0][];
}

function appendValue(out: URLSearchParams, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    // NCP list parameters travel as name.1, name.2, … (x-ncp-indexed).
    for (const [index, item] of value.entries()) appendValue(out, `${key}.${index + 1}`, item);
    return;
  }
  out.append(key, typeof value === "object" ? JSON.stringify(value) : String(value));
}

/** Serializes a flat object as `application/x-www-form-urlencoded`, lists as `name.N`. */
export function serializeForm(body: unknown): string {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) appendValue(out, key, value);
  return out.toString();
}

/** Serializes query parameters, lists as `name.N` (for operations with `x-ncp-indexed` parameters). */
export function serializeIndexedQuery(query: unknown): string {
  return serializeForm(query ?? {});
}

/** Creates an openapi-fetch client for one API and binds its generated operations to it. */
export function createApiClient<Paths extends {}, Operations>(
  options: ApiClientOptions,
  bind: (client: Client<Paths>) => Operations,
): Operations & { readonly client: Client<Paths> } {
  const client = createClient<Paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (options.middleware?.length) client.use(...options.middleware);
  return { ...bind(client), client };
}
