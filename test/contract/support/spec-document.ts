import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { allSpecs } from "../../../scripts/prism/specs";

/** A raw spec node; contract tests read examples and schemas straight from the YAML. */
export type Node = Record<string, unknown>;

/** Narrows to a plain object. */
export function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One spec file, parsed, with `$ref` resolution. */
export class SpecDocument {
  readonly root: Node;

  constructor(readonly key: string) {
    const path = allSpecs()[key];
    if (!path) throw new Error(`unknown spec ${key}`);
    this.root = parse(readFileSync(path, "utf8")) as Node;
  }

  /** Resolves `$ref` chains to the node they point at. */
  deref(node: unknown): Node {
    let current = node;
    for (let depth = 0; isNode(current) && typeof current.$ref === "string"; depth++) {
      if (depth > 32) throw new Error("$ref chain too deep");
      current = current.$ref
        .slice(2)
        .split("/")
        .reduce<unknown>(
          (n, k) => (isNode(n) ? n[k.replaceAll("~1", "/").replaceAll("~0", "~")] : undefined),
          this.root,
        );
    }
    if (!isNode(current)) throw new Error("expected an object in the spec");
    return current;
  }

  /** The operation object for an operationId, with its path-level parameters merged in. */
  operation(operationId: string): { op: Node; parameters: Node[] } {
    for (const item of Object.values(this.root.paths as Node)) {
      const pathItem = this.deref(item);
      for (const value of Object.values(pathItem)) {
        if (isNode(value) && value.operationId === operationId) {
          const shared = (pathItem.parameters as unknown[] | undefined) ?? [];
          const own = (value.parameters as unknown[] | undefined) ?? [];
          return { op: value, parameters: [...shared, ...own].map((p) => this.deref(p)) };
        }
      }
    }
    throw new Error(`${this.key}: no operation ${operationId}`);
  }

  /** Every named example of every response of an operation: status, media type, name, value. */
  responseExamples(
    operationId: string,
  ): { status: string; mediaType: string; name: string; value: unknown }[] {
    const { op } = this.operation(operationId);
    const out: { status: string; mediaType: string; name: string; value: unknown }[] = [];
    for (const [status, raw] of Object.entries(op.responses as Node)) {
      const content = (this.deref(raw).content as Node | undefined) ?? {};
      for (const [mediaType, media] of Object.entries(content)) {
        const examples = (this.deref(media).examples as Node | undefined) ?? {};
        for (const [name, example] of Object.entries(examples)) {
          out.push({ status, mediaType, name, value: this.deref(example).value });
        }
      }
    }
    return out;
  }
}
