/** The provider code and message an error example carries, read straight from the example. */
export function expectedProviderError(value: unknown): { code?: string; message?: string } {
  if (typeof value === "string") {
    const xml = /<returnCode>([^<]*)<\/returnCode>\s*<returnMessage>([^<]*)<\/returnMessage>/.exec(value);
    return xml ? { code: xml[1], message: xml[2] } : { message: value.trim() };
  }
  const body = (value ?? {}) as Record<string, unknown>;
  const nested = (body.error ?? body.responseError ?? openStackFault(body)) as
    | Record<string, unknown>
    | undefined;
  const pick = (...candidates: unknown[]) => {
    const found = candidates.find((c) => typeof c === "string" || typeof c === "number");
    return found === undefined ? undefined : String(found);
  };
  if (nested && typeof nested === "object") {
    return {
      code: pick(nested.errorCode, nested.returnCode, nested.code),
      message: pick(nested.message, nested.returnMessage, nested.description),
    };
  }
  return { code: pick(body.error_code, body.code), message: pick(body.error_msg, body.message) };
}

/** `{"itemNotFound":{"message","code"}}`: an OpenStack-style fault, one key holding the details. */
function openStackFault(body: Record<string, unknown>): Record<string, unknown> | undefined {
  const keys = Object.keys(body);
  const inner = keys.length === 1 && keys[0] !== undefined ? body[keys[0]] : undefined;
  return typeof inner === "object" && inner !== null && "message" in inner
    ? (inner as Record<string, unknown>)
    : undefined;
}
