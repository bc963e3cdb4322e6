// Checks a call's flat parameters against the operation's spec, before anything is built or sent.

import { checkValue, propertyPath, type Violation } from "./check-value";
import { createValidationError, ValidationError } from "./errors";
import type { OperationMetadata, Shapes } from "./metadata";
import { resolveShape } from "./shapes";
import { suggestField } from "./suggest-field";

/** The path named when the whole argument is not an object. */
export const INPUT_PATH = "(input)";

const MAX_LISTED_FIELDS = 20;

/**
 * Every rule the caller's flat parameters break, in the order a reader fixes them: unknown names
 * first (a typo also explains a "required" that follows), then parameters in spec order, then body
 * properties. Only own properties count (an inherited or polluted prototype property is neither
 * validated nor sent). The rules all come from the operation's generated metadata, plus one of the
 * core's own: a value that fills a path segment must not be empty, `.` or `..`.
 */
export function listViolations(
  operation: OperationMetadata,
  params: Readonly<Record<string, unknown>>,
  shapes: Shapes,
): Violation[] {
  if (!isObject(params)) return [{ path: INPUT_PATH, rule: "type", expected: "object" }];
  const body = bodyObjectShape(operation, shapes);
  const known = [...operation.parameters.map((p) => p.name), ...(operation.requestBody?.properties ?? [])];
  const out: Violation[] = [];
  // A body schema with `additionalProperties` (a map) takes any other name as one of its entries.
  const open = body?.additionalProperties !== undefined;
  if (!open) {
    for (const name of Object.keys(params)) {
      if (!known.includes(name)) out.push(unknownField(name, known));
    }
  }
  for (const parameter of operation.parameters) {
    const value = Object.hasOwn(params, parameter.name) ? params[parameter.name] : undefined;
    if (value === undefined) {
      if (parameter.required) out.push({ path: parameter.name, rule: "required" });
      continue;
    }
    const found = checkValue(value, parameter.schema, shapes, parameter.name);
    out.push(...found);
    if (found.length === 0 && parameter.in === "path" && (value === "" || value === "." || value === "..")) {
      out.push({ path: parameter.name, rule: "pathSegment" });
    }
  }
  if (operation.requestBody) {
    const { properties, schema } = operation.requestBody;
    const fields = Object.keys(params).filter(
      (name) => properties.includes(name) || (open && !known.includes(name)),
    );
    const value = Object.fromEntries(fields.map((name) => [name, params[name]]));
    for (const violation of checkValue(value, schema, shapes, "")) {
      out.push(violation.path === "" ? { ...violation, path: INPUT_PATH } : violation);
    }
  }
  return out;
}

/**
 * Checks a call's flat parameters (path, query and header parameters and top-level body properties,
 * by spec name) against the operation's spec before anything is sent, and throws the first broken
 * rule as a `ValidationError` naming the operation, the field path and the limit, never the value.
 * A misspelt name that explains a missing required field is reported with it.
 * @throws {ValidationError} e.g. `createSnapshot: snapshot.name must be at most 64 characters (maxLength)`
 */
export function validateParams(
  operation: OperationMetadata,
  params: Record<string, unknown>,
  shapes: Shapes,
): void {
  const violations = listViolations(operation, params, shapes);
  const [first] = violations;
  if (first === undefined) return;
  const options = {
    operation: operation.operationId,
    path: first.path,
    rule: first.rule,
    ...(first.expected === undefined ? {} : { expected: first.expected }),
  };
  const error = createValidationError(options);
  const explained = explainedRequired(first, violations);
  if (explained === undefined) throw error;
  const message = error.message.replace(
    / \(unknownField\)$/,
    `; ${explained.path} is required (unknownField)`,
  );
  throw new ValidationError(message, options);
}

/** The "required" violation that a misspelt name right before it explains, if any. */
function explainedRequired(first: Violation, violations: readonly Violation[]): Violation | undefined {
  if (first.rule !== "unknownField" || typeof first.expected !== "string") return undefined;
  const meant = /did you mean (.+)\?$/.exec(first.expected)?.[1];
  if (meant === undefined) return undefined;
  const parent = first.path.includes(".") ? first.path.slice(0, first.path.lastIndexOf(".")) : "";
  const wanted = propertyPath(parent, meant);
  return violations.find((v) => v.rule === "required" && v.path === wanted);
}

/** The body schema when it is an object (the only kind callers can pass flat), else `undefined`. */
function bodyObjectShape(operation: OperationMetadata, shapes: Shapes) {
  if (!operation.requestBody) return undefined;
  const shape = resolveShape(operation.requestBody.schema, shapes);
  return shape.type === "object" ? shape : undefined;
}

function unknownField(name: string, known: readonly string[]): Violation {
  const suggestion = suggestField(name, known);
  const listed =
    known.slice(0, MAX_LISTED_FIELDS).join(", ") + (known.length > MAX_LISTED_FIELDS ? ", …" : "");
  const expected =
    suggestion !== undefined
      ? `a known field; did you mean ${suggestion}?`
      : known.length > 0
        ? `a known field: one of ${listed}`
        : "no fields: this operation takes none";
  return { path: propertyPath("", name), rule: "unknownField", expected };
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
