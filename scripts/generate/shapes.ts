import { isRecord, resolvePointer, type SpecObject } from "./load-spec";
import type { Shape } from "./templates/runtime";

const COMPONENT_SCHEMA = "#/components/schemas/";

/**
 * Turns JSON Schema objects into `Shape`s. Component schemas become named shapes (`{ ref }`), collected
 * in `named`, so recursive schemas (ZStack's ErrorCode.cause) stay finite.
 */
export class ShapeBuilder {
  readonly named = new Map<string, Shape>();
  readonly #pending = new Set<string>();

  constructor(private readonly doc: SpecObject) {}

  /** Converts one schema (or `$ref`) to a shape. */
  build(schema: unknown, where: string): Shape {
    if (schema === undefined || schema === true) return { type: "any" };
    if (!isRecord(schema)) throw new Error(`${where}: schema must be an object`);
    if (typeof schema.$ref === "string") return this.#buildRef(schema.$ref, where);
    const alternatives = schema.oneOf ?? schema.anyOf;
    if (Array.isArray(alternatives)) {
      return { type: "union", anyOf: alternatives.map((alt, i) => this.build(alt, `${where}/oneOf/${i}`)) };
    }
    if (Array.isArray(schema.allOf)) throw new Error(`${where}: allOf is not supported; inline the schema`);
    return this.#buildTyped(schema, where);
  }

  #buildRef(ref: string, where: string): Shape {
    if (!ref.startsWith(COMPONENT_SCHEMA)) return this.build(resolvePointer(this.doc, ref), ref);
    const name = ref.slice(COMPONENT_SCHEMA.length);
    if (!this.named.has(name) && !this.#pending.has(name)) {
      this.#pending.add(name);
      this.named.set(name, this.build(resolvePointer(this.doc, ref), `${where} -> ${ref}`));
      this.#pending.delete(name);
    }
    return { ref: name };
  }

  #buildTyped(schema: Record<string, unknown>, where: string): Shape {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const nonNull = types.filter((t) => t !== "null" && t !== undefined);
    const nullable = types.includes("null") ? ({ nullable: true } as const) : {};
    if (nonNull.length === 0) return types.includes("null") ? { type: "null" } : inferUntyped(schema, where);
    if (nonNull.length > 1) {
      // e.g. NCP's gateway errorCode, documented as Integer but sent as a string: keep both readings.
      const alternatives = types.map((t) => this.#buildTyped({ ...schema, type: t }, where));
      return { type: "union", anyOf: alternatives };
    }
    const type = nonNull[0];
    switch (type) {
      case "string":
        return {
          type,
          ...nullable,
          ...pick(schema, ["minLength", "maxLength", "pattern", "enum", "format"]),
          ...maxBytesOf(schema, where),
        };
      case "integer":
      case "number":
        return { type, ...nullable, ...pick(schema, ["minimum", "maximum", "enum"]) };
      case "boolean":
        return { type, ...nullable };
      case "array":
        return this.#buildArray(schema, where, nullable);
      case "object":
        return this.#buildObject(schema, where, nullable);
      default:
        throw new Error(`${where}: unsupported type ${String(type)}`);
    }
  }

  #buildArray(schema: Record<string, unknown>, where: string, nullable: object): Shape {
    const items = this.build(schema.items, `${where}/items`);
    const xml = isRecord(schema.xml) ? schema.xml : undefined;
    const shape = { type: "array" as const, ...nullable, items, ...pick(schema, ["minItems", "maxItems"]) };
    if (xml?.wrapped !== true) return shape;
    const itemName = xmlNameOf(this.doc, schema.items);
    if (!itemName) throw new Error(`${where}: a wrapped XML list needs xml.name on its item schema`);
    return { ...shape, xml: { wrapped: true, itemName } };
  }

  #buildObject(schema: Record<string, unknown>, where: string, nullable: object): Shape {
    const properties: Record<string, Shape> = {};
    const props = isRecord(schema.properties) ? schema.properties : {};
    for (const key of Object.keys(props).sort()) properties[key] = this.build(props[key], `${where}/${key}`);
    const required = Array.isArray(schema.required) ? schema.required.map(String).sort() : undefined;
    const additional = isRecord(schema.additionalProperties)
      ? { additionalProperties: this.build(schema.additionalProperties, `${where}/additionalProperties`) }
      : {};
    const xmlName =
      isRecord(schema.xml) && typeof schema.xml.name === "string" ? { xmlName: schema.xml.name } : {};
    return {
      type: "object",
      ...nullable,
      properties,
      ...(required?.length ? { required } : {}),
      ...additional,
      ...xmlName,
    };
  }
}

/**
 * `x-max-bytes`: a limit the provider counts in UTF-8 bytes (NCP's 1000-byte snapshot description),
 * which `maxLength` (Unicode code points) cannot express.
 */
function maxBytesOf(schema: Record<string, unknown>, where: string): { maxBytes?: number } {
  const value = schema["x-max-bytes"];
  if (value === undefined) return {};
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${where}: x-max-bytes must be a non-negative integer`);
  }
  return { maxBytes: value };
}

function inferUntyped(schema: Record<string, unknown>, where: string): Shape {
  if (isRecord(schema.properties)) throw new Error(`${where}: object schemas must say type: object`);
  return { type: "any" };
}

function xmlNameOf(doc: SpecObject, schema: unknown): string | undefined {
  let node = schema;
  for (let depth = 0; depth < 8 && isRecord(node); depth++) {
    if (isRecord(node.xml) && typeof node.xml.name === "string") return node.xml.name;
    if (typeof node.$ref !== "string") return undefined;
    node = resolvePointer(doc, node.$ref);
  }
  return undefined;
}

function pick(schema: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (schema[key] !== undefined) out[key] = schema[key];
  return out;
}
