import type { Shape } from "@cloudsnap/ncloud";

/** A decoded value did not fit its schema; `path` says where (`$.nasVolumeSnapshotList[0].isBusy`). */
export class ShapeMismatch extends Error {
  override readonly name = "ShapeMismatch";
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path}: expected ${expected}`);
  }
}

type ConcreteShape = Exclude<Shape, { ref: string }>;
type Named = Readonly<Record<string, Shape>>;

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/**
 * Coerces a parsed JSON value, or the all-strings tree fast-xml-parser gives for XML, into the typed
 * value its schema describes: lists stay arrays (even empty or single), ids stay strings, integers,
 * numbers and booleans are typed. Unknown properties are kept as they are.
 */
export function coerce(value: unknown, shape: Shape, named: Named, path = "$"): unknown {
  const concrete = resolveShape(shape, named);
  if (value === null && ("nullable" in concrete || concrete.type === "null" || concrete.type === "any"))
    return null;
  switch (concrete.type) {
    case "any":
      return value;
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
      return coerceArray(value, concrete, named, path);
    case "object":
      return coerceObject(value, concrete, named, path);
    case "union":
      return coerceUnion(value, concrete.anyOf, named, path);
  }
}

/** Follows named shapes (`{ ref }`) to a concrete one. */
export function resolveShape(shape: Shape, named: Named): ConcreteShape {
  let current = shape;
  for (let depth = 0; "ref" in current; depth++) {
    const next = Object.hasOwn(named, current.ref) ? named[current.ref] : undefined;
    if (!next || depth > 32) throw new ShapeMismatch("$", `a known schema (${current.ref})`);
    current = next;
  }
  return current;
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
  named: Named,
  path: string,
) {
  let items: unknown = value;
  if (shape.xml) {
    // A wrapped XML list: an empty wrapper parses as "", its items sit under their element name.
    if (value === "") items = [];
    else if (isPlainObject(value))
      items = Object.hasOwn(value, shape.xml.itemName) ? value[shape.xml.itemName] : [];
  }
  if (items === undefined) items = [];
  // A single XML item parses as a bare value (even an empty ""): it is still a one-item list.
  if (!Array.isArray(items)) items = [items];
  return (items as unknown[]).map((item, i) => coerce(item, shape.items, named, `${path}[${i}]`));
}

function coerceObject(
  value: unknown,
  shape: Extract<ConcreteShape, { type: "object" }>,
  named: Named,
  path: string,
) {
  if (value === "" && Object.keys(shape.properties).length === 0) return {};
  if (!isPlainObject(value)) throw new ShapeMismatch(path, "an object");
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // Own properties only: a key named "constructor" must not find Object.prototype's.
    const property = Object.hasOwn(shape.properties, key)
      ? shape.properties[key]
      : shape.additionalProperties;
    if (!property) {
      out[key] = item;
      continue;
    }
    const decoded = decodeProperty(item, property, named, `${path}.${key}`);
    if (decoded !== undefined) out[key] = decoded;
  }
  return out;
}

function decodeProperty(item: unknown, shape: Shape, named: Named, path: string): unknown {
  const concrete = resolveShape(shape, named);
  // An empty XML element for a non-string scalar means "no value", not a malformed one.
  if (item === "" && ["integer", "number", "boolean"].includes(concrete.type)) {
    return "nullable" in concrete ? null : undefined;
  }
  return coerce(item, shape, named, path);
}

function coerceUnion(value: unknown, alternatives: readonly Shape[], named: Named, path: string): unknown {
  for (const alternative of alternatives) {
    try {
      return coerce(value, alternative, named, path);
    } catch (error) {
      if (!(error instanceof ShapeMismatch)) throw error;
    }
  }
  throw new ShapeMismatch(path, `one of ${alternatives.length} alternatives`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
