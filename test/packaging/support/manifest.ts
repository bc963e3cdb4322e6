/** The parts of a published package.json the packaging checks read. */
export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly type?: string;
  readonly main?: string;
  readonly module?: string;
  readonly types?: string;
  readonly exports?: unknown;
  readonly imports?: unknown;
  readonly files?: readonly string[];
  readonly sideEffects?: boolean;
  readonly license?: string;
  readonly engines?: Record<string, string>;
  readonly repository?: { readonly type?: string; readonly url?: string; readonly directory?: string };
  readonly dependencies?: Record<string, string>;
  readonly publishConfig?: unknown;
}

/** Conditions Node, TypeScript and bundlers know; anything else is a private, workspace-only one. */
export const STANDARD_CONDITIONS: ReadonlySet<string> = new Set([
  "types",
  "import",
  "require",
  "module-sync",
  "node",
  "default",
  "browser",
  "deno",
  "bun",
  "worker",
]);

/** One leaf of an exports/imports map: the conditions that lead to it, and the target. */
export interface MapTarget {
  readonly key: string;
  readonly conditions: readonly string[];
  readonly target: string;
}

/** Every target of an exports or imports map, with the conditions on its path. */
export function mapTargets(map: unknown, key = ".", conditions: readonly string[] = []): MapTarget[] {
  if (typeof map === "string") return [{ key, conditions, target: map }];
  if (map === null || typeof map !== "object") return [];
  const out: MapTarget[] = [];
  for (const [name, value] of Object.entries(map)) {
    const isSubpath = name.startsWith(".") || name.startsWith("#");
    out.push(...mapTargets(value, isSubpath ? name : key, isSubpath ? conditions : [...conditions, name]));
  }
  return out;
}
