import { SigningError } from "../../errors/index.js";

/**
 * Reads the request body once, as the exact bytes that will be sent, without consuming `request`
 * (it reads a clone, so the caller's request stays usable).
 */
export async function readBody(request: Request): Promise<Uint8Array<ArrayBuffer> | null> {
  if (request.body === null) return null;
  if (request.bodyUsed) throw new SigningError("cannot sign a request whose body has already been read");
  return new Uint8Array(await request.clone().arrayBuffer());
}
