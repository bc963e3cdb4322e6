import type { Shape } from "@cloudsnap/ncloud";
import { resolveShape } from "../../../packages/cloudsnap/src/core/decode";

/** Lists every place a decoded value breaks its schema (types, required properties, enums). */
export function shapeViolations(
  value: unknown,
  shape: Shape,
  named: Readonly<Record<string, Shape>>,
  path = "$",
): string[] {
  const s = resolveShape(shape, named);
  if (s.type === "union") {
    const results = s.anyOf.map((alternative) => shapeViolations(value, alternative, named, path));
    return results.some((r) => r.length === 0) ? [] : (results[0] ?? [`${path}: no alternative matched`]);
  }
  if (value === null)
    return "nullable" in s || s.type === "null" || s.type === "any" ? [] : [`${path}: null`];
  switch (s.type) {
    case "any":
      return [];
    case "null":
      return [`${path}: expected null`];
    case "string":
      if (typeof value !== "string") return [`${path}: expected string, got ${typeof value}`];
      return s.enum && !s.enum.includes(value) ? [`${path}: ${value} not in enum`] : [];
    case "integer":
      return Number.isInteger(value) ? [] : [`${path}: expected integer, got ${JSON.stringify(value)}`];
    case "number":
      return typeof value === "number" ? [] : [`${path}: expected number, got ${typeof value}`];
    case "boolean":
      return typeof value === "boolean" ? [] : [`${path}: expected boolean, got ${typeof value}`];
    case "array":
      if (!Array.isArray(value)) return [`${path}: expected array`];
      return value.flatMap((item, i) => shapeViolations(item, s.items, named, `${path}[${i}]`));
    case "object": {
      if (typeof value !== "object" || Array.isArray(value)) return [`${path}: expected object`];
      const record = value as Record<string, unknown>;
      const missing = (s.required ?? [])
        .filter((key) => !(key in record))
        .map((key) => `${path}.${key}: missing`);
      const nested = Object.entries(record).flatMap(([key, item]) => {
        const property = s.properties[key] ?? s.additionalProperties;
        return property ? shapeViolations(item, property, named, `${path}.${key}`) : [];
      });
      return [...missing, ...nested];
    }
  }
}
