import type { OperationMetadata } from "@cloudsnap/ncloud";
import type { ApiUnderTest } from "./apis";

/**
 * Until requests are signed, contract tests fill each auth header the spec asks for with a dummy value:
 * Prism only checks that they are present. The first security alternative that needs auth is used.
 */
export function testAuthHeaders(api: ApiUnderTest, op: OperationMetadata): Record<string, string> {
  const requirement = op.security.find((alternative) => alternative.length > 0) ?? [];
  const headers: Record<string, string> = {};
  for (const name of requirement) {
    const scheme = api.securitySchemes[name];
    if (scheme?.type !== "apiKey" || scheme.in !== "header" || !scheme.name)
      throw new Error(`unsupported scheme ${name}`);
    headers[scheme.name] = `test-${name}`;
  }
  return headers;
}

/** True when an operation can be called with no auth at all. */
export function allowsAnonymous(op: OperationMetadata): boolean {
  return op.security.length === 0 || op.security.some((alternative) => alternative.length === 0);
}
