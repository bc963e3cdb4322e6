import type { Shape } from "@cloudsnap/ncloud";
import { matchesFormat } from "./check-format";
import { compilePattern } from "./compile-pattern";
import { countCodePoints, countUtf8Bytes } from "./string-length";
import type { Violation } from "./violation";

type StringShape = Extract<Shape, { type: "string" }>;

/** Checks a string against its schema's length (code points), byte length, pattern, enum and format. */
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
  return out;
}
