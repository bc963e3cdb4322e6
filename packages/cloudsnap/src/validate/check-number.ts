import type { Shape } from "@cloudsnap/ncloud";
import type { Violation } from "./violation";

type NumberShape = Extract<Shape, { type: "integer" | "number" }>;

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
