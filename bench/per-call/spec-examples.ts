import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

type Node = Record<string, unknown>;

/** One named response example of a spec, addressed the way the spec itself is laid out. */
export interface ExampleAddress {
  /** Spec file under `specs/`, e.g. `huaweicloud/evs.yaml`. */
  readonly spec: string;
  readonly path: string;
  readonly method: "get" | "post";
  readonly status: string;
  readonly media: string;
  readonly example: string;
}

const documents = new Map<string, Node>();

function load(repoRoot: string, spec: string): Node {
  let doc = documents.get(spec);
  if (!doc) {
    doc = parse(readFileSync(join(repoRoot, "specs", spec), "utf8")) as Node;
    documents.set(spec, doc);
  }
  return doc;
}

/** Follows local `$ref`s (`#/components/...`) until a plain object remains. */
function deref(doc: Node, node: unknown, where: string): Node {
  let current = node;
  for (let hops = 0; hops < 10; hops++) {
    if (typeof current !== "object" || current === null) throw new Error(`${where}: not an object`);
    const ref = (current as Node).$ref;
    if (typeof ref !== "string") return current as Node;
    if (!ref.startsWith("#/")) throw new Error(`${where}: only local $refs are followed, got ${ref}`);
    current = ref
      .slice(2)
      .split("/")
      .reduce<unknown>((at, key) => (at as Node | undefined)?.[key], doc);
  }
  throw new Error(`${where}: $ref chain too long`);
}

/** The `value` of a response example, read from the spec so the bench answers what the spec promises. */
export function specExample(repoRoot: string, address: ExampleAddress): unknown {
  const doc = load(repoRoot, address.spec);
  const where = `${address.spec} ${address.method.toUpperCase()} ${address.path} ${address.status} ${address.media} ${address.example}`;
  const paths = deref(doc, doc.paths, where);
  const operation = deref(doc, deref(doc, paths[address.path], where)[address.method], where);
  const response = deref(doc, deref(doc, operation.responses, where)[address.status], where);
  const media = deref(doc, deref(doc, response.content, where)[address.media], where);
  const example = deref(doc, deref(doc, media.examples, where)[address.example], where);
  if (!("value" in example)) throw new Error(`${where}: the example has no value`);
  return example.value;
}
