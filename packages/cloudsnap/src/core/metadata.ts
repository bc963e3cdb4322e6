// The facade's own view of the generated metadata (packages/<provider>/src/generated/*/metadata.ts).
// The generator emits plain data; these types say how the core reads it. They are structurally the
// same as the provider packages' copies, so the facade depends on no provider package for its types.

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

/** Named shapes that `{ ref }` points into. */
export type Shapes = Readonly<Record<string, Shape>>;

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

/** One documented response status. */
export interface ResponseMetadata {
  readonly content: Readonly<Record<string, MediaMetadata>>;
  readonly headers?: readonly string[];
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
  readonly responses: Readonly<Record<string, ResponseMetadata>>;
  /** Alternatives of security scheme names; an empty inner list means "no auth needed". */
  readonly security: readonly (readonly string[])[];
}

/** One spec's servers entry: an origin template and its variables' defaults. */
export interface ServerMetadata {
  readonly url: string;
  readonly variables?: Readonly<Record<string, { readonly default: string }>>;
}

/** One generated API as the facade reads it. */
export interface ApiMetadata {
  readonly OPERATIONS: Readonly<Record<string, OperationMetadata>>;
  readonly SHAPES: Shapes;
  readonly SERVERS: readonly ServerMetadata[];
}
