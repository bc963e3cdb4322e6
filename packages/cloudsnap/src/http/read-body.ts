import { DecodeError } from "../errors";

/** Reads a body as UTF-8 text, refusing (not truncating) one larger than `maxBytes`. */
export async function readBodyText(response: Response, maxBytes: number, operation: string): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(response, maxBytes, operation);
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(response, maxBytes, operation);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function tooLarge(response: Response, maxBytes: number, operation: string): DecodeError {
  return new DecodeError(`${operation}: response body exceeds ${maxBytes} bytes`, {
    operation,
    status: response.status,
    contentType: response.headers.get("content-type") ?? undefined,
  });
}
