import { banner } from "./names";

/** Emits an API's `index.ts`, re-exporting its types, operations and metadata. */
export function emitApiIndex(spec: string): string {
  return [
    banner(spec),
    'export type { components, operations, paths } from "./types";',
    'export * from "./operations";',
    'export { OPERATIONS, SECURITY_SCHEMES, SERVERS, SHAPES } from "./metadata";',
    "",
  ].join("\n");
}
