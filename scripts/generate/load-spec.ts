import { readFile } from "node:fs/promises";
import { parse } from "yaml";

/** A parsed OpenAPI document; only the parts the generator reads are typed. */
export type SpecObject = Record<string, unknown>;

/** Reads and parses one YAML spec. */
export async function loadSpec(path: string): Promise<SpecObject> {
  const text = await readFile(path, "utf8");
  const doc: unknown = parse(text);
  if (!isRecord(doc) || typeof doc.openapi !== "string" || !doc.openapi.startsWith("3.1")) {
    throw new Error(`${path}: not an OpenAPI 3.1 document`);
  }
  return doc;
}

/** Narrows an unknown value to a plain object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows an internal `#/...` JSON pointer; external references are not supported by design. */
export function resolvePointer(doc: SpecObject, ref: string): unknown {
  if (!ref.startsWith("#/")) throw new Error(`only internal $ref is supported, got ${ref}`);
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (!isRecord(node) || !(key in node)) throw new Error(`unresolvable $ref ${ref}`);
    node = node[key];
  }
  return node;
}

/** Resolves an object that may be a `$ref`, following chains of references. */
export function deref(doc: SpecObject, node: unknown): Record<string, unknown> {
  let current = node;
  for (let depth = 0; depth < 32; depth++) {
    if (!isRecord(current)) throw new Error("expected an object in the spec");
    if (typeof current.$ref !== "string") return current;
    current = resolvePointer(doc, current.$ref);
  }
  throw new Error("$ref chain too deep");
}
