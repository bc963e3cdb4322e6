import type { OperationMetadata } from "@cloudsnap/ncloud";
import { decodeBody } from "../decode/decode-body";
import { createHttpError, DecodeError } from "../errors";
import type { ApiBinding } from "./api-binding";
import type { RawResponse } from "./raw-response";

/**
 * Turns a response into the decoded success body, or throws: a typed `HttpError` for a failure
 * status (carrying the provider's code, message and request id), a `DecodeError` for a success body
 * that does not decode by the spec.
 */
export async function interpretResponse(
  api: ApiBinding,
  operation: OperationMetadata,
  raw: RawResponse,
  secrets: readonly string[],
): Promise<unknown> {
  const contentType = raw.headers.get("content-type");
  const content = operation.responses[String(raw.status)]?.content;
  if (raw.status >= 200 && raw.status < 300) {
    try {
      const value = await decodeBody({ text: raw.text, contentType, content, shapes: api.shapes });
      return api.unwrap ? api.unwrap(value) : value;
    } catch (error) {
      throw new DecodeError(`${operation.operationId}: ${describe(error)} (HTTP ${raw.status})`, {
        operation: operation.operationId,
        status: raw.status,
        contentType: contentType ?? undefined,
        body: raw.text,
        secrets,
        cause: error,
      });
    }
  }
  const body = await decodeBody({ text: raw.text, contentType, content, shapes: api.shapes }).catch(
    () => raw.text,
  );
  throw createHttpError({
    provider: api.provider,
    operation: operation.operationId,
    method: raw.method,
    url: raw.url,
    status: raw.status,
    headers: raw.headers,
    body,
    secrets,
  });
}

function describe(error: unknown): string {
  if (error instanceof SyntaxError) return "malformed body";
  if (error instanceof Error && error.name === "ShapeMismatch")
    return `body does not match the spec at ${error.message}`;
  return error instanceof Error ? error.message : "undecodable body";
}
