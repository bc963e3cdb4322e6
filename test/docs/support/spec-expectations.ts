import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { REPO_ROOT } from "../../../scripts/generate/paths";

type Node = Record<string, unknown>;

/** A named example as Redoc lists it: its `summary`, else its name, and its value. */
export interface ExpectedExample {
  readonly name: string;
  readonly label: string;
  readonly value: unknown;
}

/** The examples a reader must be able to pick, per media type. */
export type ExamplesByMediaType = ReadonlyMap<string, readonly ExpectedExample[]>;

/** One operation as its Redoc page must show it. */
export interface ExpectedOperation {
  readonly operationId: string;
  readonly summary: string;
  readonly method: string;
  readonly path: string;
  readonly request: ExamplesByMediaType;
  /** Status code → media type → example labels. */
  readonly responses: ReadonlyMap<string, ExamplesByMediaType>;
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/** Every operation of a spec with the labels of its named examples, read straight from the YAML. */
export function expectedOperations(specPath: string): ExpectedOperation[] {
  const doc = parse(readFileSync(`${REPO_ROOT}/${specPath}`, "utf8")) as Node;
  const deref = (value: unknown): Node => {
    let node = value;
    for (let depth = 0; isNode(node) && typeof node.$ref === "string"; depth++) {
      if (depth > 32) throw new Error(`${specPath}: $ref chain too deep`);
      node = node.$ref
        .slice(2)
        .split("/")
        .reduce<unknown>(
          (n, key) => (isNode(n) ? n[key.replaceAll("~1", "/").replaceAll("~0", "~")] : undefined),
          doc,
        );
    }
    if (!isNode(node)) throw new Error(`${specPath}: expected an object`);
    return node;
  };
  const labels = (content: unknown): ExamplesByMediaType => {
    const out = new Map<string, ExpectedExample[]>();
    for (const [mediaType, media] of Object.entries(isNode(content) ? content : {})) {
      const examples = isNode(media) && isNode(media.examples) ? media.examples : {};
      const expected = Object.entries(examples).map(([name, ref]) => {
        const example = deref(ref);
        const summary = typeof example.summary === "string" ? example.summary.trim() : "";
        return { name, label: summary === "" ? name : summary, value: example.value };
      });
      if (expected.length > 0) out.set(mediaType, expected);
    }
    return out;
  };
  const operations: ExpectedOperation[] = [];
  for (const [path, item] of Object.entries(deref(doc.paths ?? {}))) {
    const pathItem = deref(item);
    for (const method of METHODS) {
      if (!isNode(pathItem[method])) continue;
      const op = pathItem[method] as Node;
      if (typeof op.operationId !== "string" || typeof op.summary !== "string") {
        throw new Error(`${specPath}: ${method.toUpperCase()} ${path} needs an operationId and a summary`);
      }
      const responses = new Map<string, ExamplesByMediaType>();
      for (const [status, response] of Object.entries(isNode(op.responses) ? op.responses : {})) {
        responses.set(status, labels(deref(response).content));
      }
      operations.push({
        operationId: op.operationId,
        summary: op.summary,
        method,
        path,
        request: op.requestBody === undefined ? new Map() : labels(deref(op.requestBody).content),
        responses,
      });
    }
  }
  return operations;
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
