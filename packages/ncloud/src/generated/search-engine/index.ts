// This file is generated. Do not edit it by hand.
// Source: specs/ncloud/search-engine.yaml
// Regenerate with: pnpm generate

export type { components, operations, paths } from "./types";
export * from "./operations";
export { OPERATIONS, SECURITY_SCHEMES, SERVERS, SHAPES } from "./metadata";
