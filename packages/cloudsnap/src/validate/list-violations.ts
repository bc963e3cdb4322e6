import type { OperationMetadata, Shape } from "@cloudsnap/ncloud";
import { resolveShape } from "../decode/coerce";
import { checkValue } from "./check-value";
import { suggestField } from "./suggest-field";
import { propertyPath, type Violation } from "./violation";

type Shapes = Readonly<Record<string, Shape>>;

/** The path named when the whole argument is not an object. */
export const INPUT_PATH = "(input)";

const MAX_LISTED_FIELDS = 20;

/**
 * Every rule the caller's flat parameters break, in the order a reader fixes them: unknown names
 * first (a typo also explains a "required" that follows), then parameters in spec order, then body
 * properties. The rules all come from the operation's generated metadata.
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
    } else {
      out.push(...checkValue(value, parameter.schema, shapes, parameter.name));
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
