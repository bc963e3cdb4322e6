// Checks one value against its schema (the `Shape` subset of JSON Schema the generator emits) and
// lists every rule it breaks. Pure: no I/O, no throwing for bad input.

import type { Shape, Shapes } from "./metadata";
import { resolveShape } from "./shapes";
import { suggestField } from "./suggest-field";

/** One broken rule: where (dotted path), which JSON Schema keyword, and the limit it expects. */
export interface Violation {
  /** Dotted field path as the caller wrote it: `snapshot.name`, `params.tagUuids[0]`, `regionCode`. */
  readonly path: string;
  /** The keyword that failed (`required`, `maxLength`, `pattern`, …) or `unknownField`. */
  readonly rule: string;
  /** The limit the rule expects (a number, the pattern, the allowed values); never the given value. */
  readonly expected?: number | string;
}

type Concrete = ReturnType<typeof resolveShape>;
type StringShape = Extract<Shape, { type: "string" }>;
type NumberShape = Extract<Shape, { type: "integer" | "number" }>;

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;
/** A UTF-16 surrogate not paired with its other half (with `u`, a valid pair is one code point). */
const LONE_SURROGATE = /\p{Cs}/u;

/** The path of property `key` under `parent`: `snapshot.name`, or `tags["my key"]` for odd keys. */
export function propertyPath(parent: string, key: string): string {
  if (!IDENTIFIER.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === "" ? key : `${parent}.${key}`;
}

/** The path of item `index` of the list at `parent`: `params.tagUuids[0]`. */
export function itemPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

/**
 * Every rule `value` breaks against `shape` (a JSON Schema subset, see `Shape`), with dotted paths
 * under `path`. Unknown properties of nested objects are allowed, as JSON Schema allows them when the
 * spec does not forbid them; only the operation's top-level names are closed (see `listViolations`).
 */
export function checkValue(value: unknown, shape: Shape, shapes: Shapes, path: string): Violation[] {
  const concrete = resolveShape(shape, shapes);
  if (value === null) return checkNull(concrete, shapes, path);
  switch (concrete.type) {
    case "any":
      return [];
    case "null":
      return [{ path, rule: "type", expected: "null" }];
    case "string":
      return typeof value === "string" ? checkString(value, concrete, path) : [typeViolation(path, concrete)];
    case "integer":
    case "number":
      return typeof value === "number" ? checkNumber(value, concrete, path) : [typeViolation(path, concrete)];
    case "boolean":
      return typeof value === "boolean" ? [] : [typeViolation(path, concrete)];
    case "array":
      return Array.isArray(value)
        ? checkArray(value, concrete, shapes, path)
        : [typeViolation(path, concrete)];
    case "object":
      return isPlainObject(value)
        ? checkObject(value, concrete, shapes, path)
        : [typeViolation(path, concrete)];
    case "union":
      return checkUnion(value, concrete.anyOf, shapes, path);
  }
}

function checkNull(shape: Concrete, shapes: Shapes, path: string): Violation[] {
  if (shape.type === "union") return checkUnion(null, shape.anyOf, shapes, path);
  if (shape.type === "null" || shape.type === "any" || "nullable" in shape) return [];
  return [typeViolation(path, shape)];
}

function checkArray(
  value: readonly unknown[],
  shape: Extract<Concrete, { type: "array" }>,
  shapes: Shapes,
  path: string,
): Violation[] {
  const out: Violation[] = [];
  if (shape.minItems !== undefined && value.length < shape.minItems) {
    out.push({ path, rule: "minItems", expected: shape.minItems });
  }
  if (shape.maxItems !== undefined && value.length > shape.maxItems) {
    out.push({ path, rule: "maxItems", expected: shape.maxItems });
  }
  for (const [index, item] of value.entries()) {
    const at = itemPath(path, index);
    // A hole or `undefined` item would be sent as `null` (JSON) or dropped (forms): never what was meant.
    if (item === undefined) out.push({ path: at, rule: "type", expected: typeName(shape.items, shapes) });
    else out.push(...checkValue(item, shape.items, shapes, at));
  }
  return out;
}

/**
 * Declared properties in schema order (so the first violation never depends on key order), then the
 * rest. Unknown properties of a nested object are allowed, as JSON Schema allows them, except one
 * that looks like a typo of a declared property the value lacks (`volumeId` for `volume_id`): that
 * would be dropped by the server silently, so it comes first, naming the property it probably meant.
 */
function checkObject(
  value: Readonly<Record<string, unknown>>,
  shape: Extract<Concrete, { type: "object" }>,
  shapes: Shapes,
  path: string,
): Violation[] {
  const out: Violation[] = [];
  const required = shape.required ?? [];
  const declared = [
    ...Object.keys(shape.properties),
    ...required.filter((key) => !Object.hasOwn(shape.properties, key)),
  ];
  if (path !== "" && shape.additionalProperties === undefined) {
    for (const key of Object.keys(value)) {
      if (declared.includes(key)) continue;
      const meant = suggestField(key, declared);
      if (meant !== undefined && !Object.hasOwn(value, meant)) {
        out.push({
          path: propertyPath(path, key),
          rule: "unknownField",
          expected: `a known field; did you mean ${meant}?`,
        });
      }
    }
  }
  for (const key of declared) {
    // hasOwn: a key such as `constructor` must not find an Object.prototype member.
    const item = Object.hasOwn(value, key) ? value[key] : undefined;
    const property = Object.hasOwn(shape.properties, key) ? shape.properties[key] : undefined;
    if (item === undefined) {
      if (required.includes(key)) out.push({ path: propertyPath(path, key), rule: "required" });
    } else if (property !== undefined) {
      out.push(...checkValue(item, property, shapes, propertyPath(path, key)));
    }
  }
  const extra = shape.additionalProperties;
  if (extra === undefined) return out;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || Object.hasOwn(shape.properties, key)) continue;
    out.push(...checkValue(item, extra, shapes, propertyPath(path, key)));
  }
  return out;
}

/**
 * Valid when any alternative is. Otherwise the most useful explanation: a plain type mismatch when
 * the value fits none of the alternatives' types, else the violations of the alternative the caller
 * evidently meant among those whose type the value has: the one missing the fewest required fields
 * (it uses the names the caller wrote), then the one it got furthest into, then the fewest violations.
 */
function checkUnion(value: unknown, anyOf: readonly Shape[], shapes: Shapes, path: string): Violation[] {
  const attempts = anyOf.map((alternative) => checkValue(value, alternative, shapes, path));
  if (attempts.some((violations) => violations.length === 0)) return [];
  const typed = attempts.filter((violations) => !isTypeMismatch(violations, path));
  if (typed.length === 0) {
    const types = [...new Set(anyOf.map((alternative) => typeName(alternative, shapes)))];
    return [{ path, rule: "type", expected: types.join(" or ") }];
  }
  return typed.reduce((best, violations) => (isBetterGuess(violations, best) ? violations : best));
}

function isBetterGuess(candidate: readonly Violation[], best: readonly Violation[]): boolean {
  const missing = countRequired(candidate) - countRequired(best);
  if (missing !== 0) return missing < 0;
  const depth = deepest(candidate) - deepest(best);
  return depth > 0 || (depth === 0 && candidate.length < best.length);
}

function countRequired(violations: readonly Violation[]): number {
  return violations.filter((violation) => violation.rule === "required").length;
}

function deepest(violations: readonly Violation[]): number {
  return Math.max(...violations.map((violation) => violation.path.split(/[.[]/).length));
}

function isTypeMismatch(violations: readonly Violation[], path: string): boolean {
  return violations.length === 1 && violations[0]?.path === path && violations[0].rule === "type";
}

function typeViolation(path: string, shape: Concrete): Violation {
  return { path, rule: "type", expected: describeType(shape) };
}

function typeName(shape: Shape, shapes: Shapes): string {
  return describeType(resolveShape(shape, shapes));
}

function describeType(shape: Concrete): string {
  if (shape.type === "union") return "one of the documented forms";
  return "nullable" in shape ? `${shape.type} or null` : shape.type;
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const SAFE_RANGE = `a safe integer (between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER})`;

/**
 * Checks a number: finite (NaN and Infinity serialize to `null` or text no API accepts), whole for
 * `integer` and exactly representable (beyond 2^53 the digits sent differ from the ones meant),
 * then `minimum`, `maximum` and `enum`.
 */
export function checkNumber(value: number, shape: NumberShape, path: string): Violation[] {
  if (!Number.isFinite(value)) return [{ path, rule: "type", expected: `finite ${shape.type}` }];
  if (shape.type === "integer") {
    if (!Number.isInteger(value)) return [{ path, rule: "type", expected: "integer" }];
    if (!Number.isSafeInteger(value)) return [{ path, rule: "range", expected: SAFE_RANGE }];
  }
  const out: Violation[] = [];
  if (shape.minimum !== undefined && value < shape.minimum) {
    out.push({ path, rule: "minimum", expected: shape.minimum });
  }
  if (shape.maximum !== undefined && value > shape.maximum) {
    out.push({ path, rule: "maximum", expected: shape.maximum });
  }
  if (shape.enum !== undefined && !shape.enum.includes(value)) {
    out.push({ path, rule: "enum", expected: shape.enum.join(", ") });
  }
  return out;
}

/** Checks a string against its schema's length (code points), byte length, pattern, enum, format, and that it is well-formed Unicode. */
export function checkString(value: string, shape: StringShape, path: string): Violation[] {
  const out: Violation[] = [];
  const length = shape.minLength !== undefined || shape.maxLength !== undefined ? countCodePoints(value) : 0;
  if (shape.minLength !== undefined && length < shape.minLength) {
    out.push({ path, rule: "minLength", expected: shape.minLength });
  }
  if (shape.maxLength !== undefined && length > shape.maxLength) {
    out.push({ path, rule: "maxLength", expected: shape.maxLength });
  }
  if (shape.maxBytes !== undefined && countUtf8Bytes(value) > shape.maxBytes) {
    out.push({ path, rule: "maxBytes", expected: shape.maxBytes });
  }
  if (shape.pattern !== undefined && !compilePattern(shape.pattern).test(value)) {
    out.push({ path, rule: "pattern", expected: shape.pattern });
  }
  if (shape.enum !== undefined && !shape.enum.includes(value)) {
    out.push({ path, rule: "enum", expected: shape.enum.join(", ") });
  }
  if (shape.format !== undefined && !matchesFormat(shape.format, value)) {
    out.push({ path, rule: "format", expected: shape.format });
  }
  // A lone surrogate cannot be encoded: URLs refuse it, JSON and forms would send U+FFFD instead.
  if (LONE_SURROGATE.test(value)) out.push({ path, rule: "unicode" });
  return out;
}

/** RFC 3339 `date-time`, e.g. `2024-04-03T07:43:47Z` or `2024-04-03T16:43:47.5+09:00`. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const FORMATS: Readonly<Record<string, (value: string) => boolean>> = {
  uri: isAbsoluteUri,
  "date-time": (value) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)),
  uuid: (value) => UUID.test(value),
};

/**
 * Whether `value` satisfies the string `format`. Only formats whose violation the server would reject
 * are asserted; any other format (`password`, …) is an annotation, as JSON Schema 2020-12 treats it.
 * @see https://json-schema.org/draft/2020-12/json-schema-validation#section-7.2.1
 */
export function matchesFormat(format: string, value: string): boolean {
  const check = Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
  return check === undefined || check(value);
}

function isAbsoluteUri(value: string): boolean {
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

/**
 * Length in Unicode code points, as JSON Schema's `minLength`/`maxLength` count it (an emoji made of a
 * surrogate pair is one character, not two UTF-16 units).
 * @see https://json-schema.org/draft/2020-12/json-schema-validation#section-6.3.1
 */
export function countCodePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * Length in UTF-8 bytes, as the text travels on the wire. A lone surrogate counts 3 bytes: encoders
 * (TextEncoder, URLSearchParams) replace it with U+FFFD, which is 3 bytes long.
 */
export function countUtf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

const COMPILED = new Map<string, RegExp>();

/**
 * Compiles a spec `pattern` once and caches it. JSON Schema patterns are ECMAScript regular
 * expressions evaluated with Unicode semantics, so the `u` flag is used; a pattern only valid
 * without it (an escape `u` rejects) still works. Patterns are not anchored implicitly.
 * @see https://json-schema.org/draft/2020-12/json-schema-core#section-6.4
 */
export function compilePattern(pattern: string): RegExp {
  let compiled = COMPILED.get(pattern);
  if (compiled === undefined) {
    compiled = compileOnce(pattern);
    COMPILED.set(pattern, compiled);
  }
  return compiled;
}

function compileOnce(pattern: string): RegExp {
  try {
    return new RegExp(pattern, "u");
  } catch {
    // Throws a SyntaxError naming the pattern when it is not a regular expression at all: a spec bug.
    return new RegExp(pattern);
  }
}
