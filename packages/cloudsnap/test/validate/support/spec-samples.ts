import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

type Node = Record<string, unknown>;

/** One step into a value: a property name, or the first item of a list. */
export type Step = string | 0;

/** A value the spec itself offers for a field: an example, a default, a const or an enum member. */
export interface FieldSample {
  /** Steps from the caller's flat object down to the field (`["snapshot", "name"]`, `["q", 0]`). */
  readonly at: readonly Step[];
  readonly value: unknown;
  readonly source: string;
}

/** The spec's samples for one operation: per field, and whole request-body examples. */
export interface OperationSamples {
  readonly fields: FieldSample[];
  readonly bodies: { readonly value: unknown; readonly source: string }[];
}

const REPO = new URL("../../../../../", import.meta.url);
// The specs are YAML; the scripts package (which generates from them) owns the YAML parser.
const { parse } = createRequire(new URL("scripts/package.json", REPO))("yaml") as {
  parse: (t: string) => unknown;
};
const METHODS = ["get", "put", "post", "delete", "patch"];

/** Reads a spec under `specs/` and returns a finder for each operation's samples. */
export function loadSpecSamples(spec: string): (operationId: string) => OperationSamples | undefined {
  const doc = parse(readFileSync(new URL(`specs/${spec}`, REPO), "utf8")) as Node;
  const deref = (node: unknown): Node => {
    let current = node;
    for (let depth = 0; depth < 16 && isNode(current) && typeof current.$ref === "string"; depth++) {
      current = current.$ref
        .slice(2)
        .split("/")
        .reduce<unknown>((at, key) => (isNode(at) ? at[key.replaceAll("~1", "/")] : undefined), doc);
    }
    return isNode(current) ? current : {};
  };
  return (operationId) => {
    for (const item of Object.values(deref(doc.paths))) {
      const pathItem = deref(item);
      for (const method of METHODS) {
        const operation = deref(pathItem[method]);
        if (operation.operationId !== operationId) continue;
        const parameters = [...asList(pathItem.parameters), ...asList(operation.parameters)].map(deref);
        return collect(parameters, deref(operation.requestBody), deref);
      }
    }
    return undefined;
  };
}

function collect(parameters: Node[], requestBody: Node, deref: (node: unknown) => Node): OperationSamples {
  const fields: FieldSample[] = [];
  for (const parameter of parameters) {
    const name = String(parameter.name);
    if (parameter.example !== undefined)
      fields.push({ at: [name], value: parameter.example, source: "example" });
    for (const [key, example] of Object.entries(deref(parameter.examples))) {
      fields.push({ at: [name], value: deref(example).value, source: `examples.${key}` });
    }
    walkSchema(parameter.schema, [name], fields, deref, 0);
  }
  const bodies: OperationSamples["bodies"] = [];
  for (const [mediaType, media] of Object.entries(deref(requestBody.content))) {
    const { example, examples, schema } = deref(media);
    if (example !== undefined) bodies.push({ value: example, source: `${mediaType} example` });
    for (const [key, named] of Object.entries(deref(examples))) {
      bodies.push({ value: deref(named).value, source: `${mediaType} examples.${key}` });
    }
    for (const [key, property] of Object.entries(deref(deref(schema).properties))) {
      walkSchema(property, [key], fields, deref, 0);
    }
  }
  return { fields, bodies };
}

/** Collects a schema's own samples, then its properties', items' and alternatives'. */
function walkSchema(
  node: unknown,
  at: Step[],
  out: FieldSample[],
  deref: (n: unknown) => Node,
  depth: number,
) {
  if (depth > 8) return;
  const schema = deref(node);
  for (const [index, value] of asList(schema.examples).entries())
    out.push({ at, value, source: `examples[${index}]` });
  for (const value of asList(schema.enum)) out.push({ at, value, source: "enum" });
  if (schema.default !== undefined) out.push({ at, value: schema.default, source: "default" });
  if (schema.const !== undefined) out.push({ at, value: schema.const, source: "const" });
  for (const [key, property] of Object.entries(deref(schema.properties))) {
    walkSchema(property, [...at, key], out, deref, depth + 1);
  }
  for (const alternative of [...asList(schema.oneOf), ...asList(schema.anyOf)]) {
    walkSchema(alternative, at, out, deref, depth + 1);
  }
  if (schema.items !== undefined) walkSchema(schema.items, [...at, 0], out, deref, depth + 1);
}

/** The value `sample` placed at `steps` (`{ a: [{ b: sample }] }` for `["a", 0, "b"]`). */
export function nest(steps: readonly Step[], sample: unknown): unknown {
  return steps.reduceRight<unknown>((inner, step) => (step === 0 ? [inner] : { [step]: inner }), sample);
}

/** The dotted path a violation of the field at `steps` carries (`a[0].b`). */
export function pathOf(steps: readonly Step[]): string {
  return steps.reduce<string>(
    (path, step) => (step === 0 ? `${path}[0]` : path ? `${path}.${step}` : step),
    "",
  );
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
