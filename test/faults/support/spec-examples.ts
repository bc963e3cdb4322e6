import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** The hand-written specs the fault server takes its answers from. */
export type SpecName =
  | "ncloud/classic-nas"
  | "ncloud/vserver"
  | "ncloud/search-engine"
  | "huaweicloud/evs"
  | "zstack/volume-snapshots";

/** One example body of a spec response, as the server sends it. */
export interface SpecExample {
  readonly contentType: string;
  /** The example as parsed data (a string for text and XML examples); a fresh copy on each call. */
  readonly value: unknown;
}

type Node = Record<string, unknown>;

const documents = new Map<SpecName, Node>();

function load(spec: SpecName): Node {
  let document = documents.get(spec);
  if (!document) {
    const file = new URL(`../../../specs/${spec}.yaml`, import.meta.url);
    document = parse(readFileSync(file, "utf8")) as Node;
    documents.set(spec, document);
  }
  return document;
}

/** Follows a local `$ref` (`#/components/…`) until a plain object remains. */
function resolve(document: Node, node: unknown): Node {
  let current = node as Node;
  for (let hops = 0; typeof current?.$ref === "string" && hops < 5; hops++) {
    const path = (current.$ref as string).replace(/^#\//, "").split("/");
    current = path.reduce<Node>((at, key) => at[key] as Node, document);
  }
  return current;
}

function findOperation(document: Node, operationId: string): Node {
  for (const item of Object.values(document.paths as Node)) {
    for (const operation of Object.values(item as Node)) {
      if ((operation as Node)?.operationId === operationId) return operation as Node;
    }
  }
  throw new Error(`no operation ${operationId}`);
}

/**
 * The example `name` (else the first) of `operationId`'s `status` response in `mediaType` (else the
 * first media type), with `$ref`s followed; `undefined` when the spec gives none.
 */
export function specExample(
  spec: SpecName,
  operationId: string,
  status: number,
  options: { mediaType?: string; name?: string } = {},
): SpecExample | undefined {
  const document = load(spec);
  const responses = findOperation(document, operationId).responses as Node;
  const response = responses[String(status)];
  if (response === undefined) return undefined;
  const content = (resolve(document, response).content ?? {}) as Node;
  const mediaType = options.mediaType ?? Object.keys(content)[0];
  const media = mediaType === undefined ? undefined : (content[mediaType] as Node | undefined);
  const examples = (media?.examples ?? {}) as Node;
  const chosen = options.name === undefined ? Object.values(examples)[0] : examples[options.name];
  if (mediaType === undefined || chosen === undefined) return undefined;
  return { contentType: mediaType, value: structuredClone(resolve(document, chosen).value) };
}

/** Like {@link specExample}, but the example must exist. */
export function requireExample(
  spec: SpecName,
  operationId: string,
  status: number,
  options: { mediaType?: string; name?: string } = {},
): SpecExample {
  const found = specExample(spec, operationId, status, options);
  if (!found) throw new Error(`${spec} ${operationId} ${status} has no example ${options.name ?? ""}`);
  return found;
}
