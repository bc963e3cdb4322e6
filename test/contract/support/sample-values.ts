import { isNode, type Node, type SpecDocument } from "./spec-document";

/** Which parameters a sample call carries: only the required ones, or every one the spec lists. */
export type SampleMode = "required" | "all";

/**
 * Builds a valid value for a schema from the spec itself: its example, default or first enum value,
 * or a value that meets its type and length limits. A patterned string with no example is a spec
 * defect (readers need one too), so it fails loudly instead of guessing.
 */
export function sampleValue(doc: SpecDocument, schema: unknown, mode: SampleMode, where: string): unknown {
  const s = doc.deref(schema);
  if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
  if (s.example !== undefined) return s.example;
  if (s.default !== undefined) return s.default;
  if (Array.isArray(s.enum) && s.enum.length) return s.enum[0];
  if (s.const !== undefined) return s.const;
  const alternatives = (s.oneOf ?? s.anyOf) as unknown[] | undefined;
  if (alternatives?.length) return sampleValue(doc, alternatives[0], mode, where);
  const types = Array.isArray(s.type) ? s.type : [s.type];
  const type = types.find((t) => t !== "null");
  switch (type) {
    case "object":
      return sampleObject(doc, s, mode, where);
    case "array":
      return [sampleValue(doc, s.items, mode, `${where}[]`)];
    case "integer":
    case "number":
      return typeof s.minimum === "number" ? s.minimum : 1;
    case "boolean":
      return true;
    case "string": {
      if (typeof s.pattern === "string")
        throw new Error(`${where}: patterned string has no example in the spec`);
      const length = Math.max(typeof s.minLength === "number" ? s.minLength : 1, 6);
      return "sample".padEnd(length, "x").slice(0, typeof s.maxLength === "number" ? s.maxLength : undefined);
    }
    default:
      return "sample";
  }
}

function sampleObject(doc: SpecDocument, s: Node, mode: SampleMode, where: string): Node {
  const required = new Set((s.required as string[] | undefined) ?? []);
  const out: Node = {};
  for (const [key, property] of Object.entries((s.properties as Node | undefined) ?? {})) {
    const prop = doc.deref(property);
    if (prop.readOnly === true) continue;
    if (mode === "all" || required.has(key)) out[key] = sampleValue(doc, prop, mode, `${where}.${key}`);
  }
  return out;
}

/** Flat parameters for one call: path, query and header parameters plus top-level body properties. */
export function sampleParams(doc: SpecDocument, operationId: string, mode: SampleMode): Node {
  const { op, parameters } = doc.operation(operationId);
  const out: Node = {};
  for (const param of parameters) {
    if (mode === "required" && param.required !== true && param.in !== "path") continue;
    const value =
      param.example ?? sampleValue(doc, param.schema, mode, `${operationId}.${String(param.name)}`);
    out[String(param.name)] = value;
  }
  if (op.requestBody) {
    const body = doc.deref(op.requestBody);
    const media = Object.values((body.content as Node) ?? {})[0];
    const value = sampleValue(doc, isNode(media) ? media.schema : undefined, mode, `${operationId}.body`);
    if (isNode(value)) Object.assign(out, value);
  }
  return out;
}
