// Decodes one response body by the spec: XML and JSON forms of the same response give the same typed
// value (lists stay arrays even when empty or single, ids stay strings, numbers and booleans typed).

import type { MediaMetadata, Shape, Shapes } from "./metadata";
import { type ConcreteShape, resolveShape, ShapeMismatch } from "./shapes";

export { resolveShape, ShapeMismatch };

/** Why a body could not be decoded; the caller turns it into a `DecodeError` with its own context. */
export class BodyDecodeFailure extends Error {
  override readonly name = "BodyDecodeFailure";
}

/** Deepest nesting a decoded body may have: deeper ones are refused before they reach a caller. */
export const MAX_DECODE_DEPTH = 64;

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const XML = /[/+]xml\b/i;
const JSON_TYPE = /[/+]json\b/i;

/** What `decodeBody` needs: the raw text, its content type, and the spec's media types for that status. */
export interface DecodeInput {
  readonly text: string;
  readonly contentType: string | null;
  readonly content: Readonly<Record<string, MediaMetadata>> | undefined;
  readonly shapes: Shapes;
}

/**
 * Decodes one response body by the spec. A status the spec does not describe (say a proxy's 502) is
 * returned as parsed JSON or text; a described one must come in a declared media type and fit its
 * schema, required properties included.
 */
export async function decodeBody(input: DecodeInput): Promise<unknown> {
  const mediaType = (input.contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const content = input.content ?? {};
  const declared = Object.keys(content);
  if (input.text.length === 0 && (declared.length === 0 || mediaType === "")) return undefined;
  const media = Object.hasOwn(content, mediaType) ? content[mediaType] : undefined;
  if (!media) {
    if (declared.length === 0) return bestEffort(input.text, mediaType);
    throw new BodyDecodeFailure(
      `unexpected content type "${mediaType || "none"}"; the spec allows ${declared.join(", ")}`,
    );
  }
  const schema = media.decodeAs ? content[media.decodeAs]?.schema : media.schema;
  if (!schema) throw new BodyDecodeFailure(`no schema to decode ${mediaType} by`);
  if (!XML.test(mediaType) && !JSON_TYPE.test(mediaType)) return input.text;
  const parsed = XML.test(mediaType) ? await parseXmlLazily(input.text) : JSON.parse(input.text);
  return coerce(parsed, schema, input.shapes);
}

/** The XML parser module once loaded: later XML bodies skip `import()` (a loader round trip each). */
let xmlModule: typeof import("./parse-xml") | undefined;

/** fast-xml-parser is loaded only here, on the first XML body: JSON-only callers never load it. */
async function parseXmlLazily(text: string): Promise<unknown> {
  xmlModule ??= await import("./parse-xml");
  return xmlModule.parseXml(text);
}

async function bestEffort(text: string, mediaType: string): Promise<unknown> {
  try {
    if (JSON_TYPE.test(mediaType)) return JSON.parse(text) as unknown;
    if (XML.test(mediaType)) return await parseXmlLazily(text);
  } catch {
    // An undescribed error body that does not parse is still worth showing as text.
  }
  return text;
}

/**
 * Coerces a parsed JSON value, or the all-strings tree fast-xml-parser gives for XML, into the typed
 * value its schema describes: lists stay arrays (even empty or single), ids stay strings, integers,
 * numbers and booleans are typed, required properties must be there. Unknown properties are kept as
 * they are; nothing deeper than {@link MAX_DECODE_DEPTH} levels is accepted.
 */
export function coerce(value: unknown, shape: Shape, named: Shapes, path = "$", depth = 0): unknown {
  if (depth > MAX_DECODE_DEPTH)
    throw new ShapeMismatch(path, `at most ${MAX_DECODE_DEPTH} levels of nesting`);
  const concrete = resolveShape(shape, named);
  if (value === null && ("nullable" in concrete || concrete.type === "null" || concrete.type === "any"))
    return null;
  switch (concrete.type) {
    case "any":
      return kept(value, path, depth);
    case "null":
      if (value === null || value === "") return null;
      throw new ShapeMismatch(path, "null");
    case "string":
      if (typeof value === "string") return value;
      // Ids that a JSON producer wrote as numbers: keep the digits it sent.
      if (typeof value === "number" && Number.isFinite(value)) return String(value);
      throw new ShapeMismatch(path, "a string");
    case "integer":
    case "number":
      return coerceNumber(value, concrete.type, path);
    case "boolean":
      if (typeof value === "boolean") return value;
      if (value === "true" || value === "false") return value === "true";
      throw new ShapeMismatch(path, "a boolean");
    case "array":
      return coerceArray(value, concrete, named, path, depth);
    case "object":
      return coerceObject(value, concrete, named, path, depth);
    case "union":
      return coerceUnion(value, concrete.anyOf, named, path, depth);
  }
}

/** A value kept as it came (no schema for it), refused when it nests deeper than the limit. */
function kept(value: unknown, path: string, depth: number): unknown {
  let level: unknown[] = [value];
  for (let d = depth; level.length > 0; d++) {
    if (d > MAX_DECODE_DEPTH) throw new ShapeMismatch(path, `at most ${MAX_DECODE_DEPTH} levels of nesting`);
    const next: unknown[] = [];
    for (const item of level) {
      if (typeof item === "object" && item !== null) next.push(...Object.values(item));
    }
    level = next;
  }
  return value;
}

function coerceNumber(value: unknown, type: "integer" | "number", path: string): number {
  if (typeof value === "number" && (type === "number" || Number.isInteger(value))) return value;
  if (typeof value === "string" && (type === "integer" ? INTEGER : NUMBER).test(value.trim())) {
    const parsed = Number(value);
    // Beyond 2^53 a JSON number would already be rounded; refuse rather than silently lose digits.
    if (Number.isSafeInteger(parsed) || type === "number") return parsed;
  }
  throw new ShapeMismatch(path, type === "integer" ? "an integer" : "a number");
}

function coerceArray(
  value: unknown,
  shape: Extract<ConcreteShape, { type: "array" }>,
  named: Shapes,
  path: string,
  depth: number,
) {
  let items: unknown = value;
  if (shape.xml) {
    // A wrapped XML list: an empty wrapper parses as "", its items sit under their element name.
    if (value === "") items = [];
    else if (isPlainObject(value)) {
      // Items under another element name are not this list's: refuse them rather than read an empty list.
      const others = Object.keys(value).filter((key) => key !== shape.xml?.itemName);
      if (others.length > 0) throw new ShapeMismatch(path, `a list of <${shape.xml.itemName}> items`);
      items = Object.hasOwn(value, shape.xml.itemName) ? value[shape.xml.itemName] : [];
    }
  }
  if (items === undefined) items = [];
  // A single XML item parses as a bare value (even an empty ""): it is still a one-item list.
  if (!Array.isArray(items)) items = [items];
  return (items as unknown[]).map((item, i) => coerce(item, shape.items, named, `${path}[${i}]`, depth + 1));
}

function coerceObject(
  value: unknown,
  shape: Extract<ConcreteShape, { type: "object" }>,
  named: Shapes,
  path: string,
  depth: number,
) {
  if (value === "" && Object.keys(shape.properties).length === 0 && !shape.required?.length) return {};
  if (!isPlainObject(value)) throw new ShapeMismatch(path, "an object");
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // Own properties only: a key named "constructor" must not find Object.prototype's.
    const property = Object.hasOwn(shape.properties, key)
      ? shape.properties[key]
      : shape.additionalProperties;
    if (!property) {
      out[key] = kept(item, `${path}.${key}`, depth + 1);
      continue;
    }
    const decoded = decodeProperty(item, property, named, `${path}.${key}`, depth + 1);
    if (decoded !== undefined) out[key] = decoded;
  }
  for (const key of shape.required ?? []) {
    if (!Object.hasOwn(out, key)) throw new ShapeMismatch(`${path}.${key}`, "a value (the spec requires it)");
  }
  return out;
}

function decodeProperty(item: unknown, shape: Shape, named: Shapes, path: string, depth: number): unknown {
  const concrete = resolveShape(shape, named);
  // An empty XML element for a non-string scalar means "no value", not a malformed one.
  if (item === "" && ["integer", "number", "boolean"].includes(concrete.type)) {
    return "nullable" in concrete ? null : undefined;
  }
  return coerce(item, shape, named, path, depth);
}

function coerceUnion(
  value: unknown,
  alternatives: readonly Shape[],
  named: Shapes,
  path: string,
  depth: number,
): unknown {
  for (const alternative of alternatives) {
    try {
      return coerce(value, alternative, named, path, depth);
    } catch (error) {
      if (!(error instanceof ShapeMismatch)) throw error;
    }
  }
  throw new ShapeMismatch(path, `one of ${alternatives.length} alternatives`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
