import type { Shape } from "@cloudsnap/ncloud";
import { resolveShape } from "../decode/coerce";
import { checkNumber } from "./check-number";
import { checkString } from "./check-string";
import { itemPath, propertyPath, type Violation } from "./violation";

type Shapes = Readonly<Record<string, Shape>>;
type Concrete = ReturnType<typeof resolveShape>;

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

/** Declared properties in schema order (so the first violation never depends on key order), then the rest. */
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
