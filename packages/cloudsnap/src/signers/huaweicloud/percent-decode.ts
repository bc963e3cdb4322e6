import { SigningError } from "../../errors/index.js";

/** Decodes `%XX` UTF-8 escapes, throwing a SigningError (naming the part, not its text) when malformed. */
export function percentDecode(text: string, part: string): string {
  try {
    return decodeURIComponent(text);
  } catch (cause) {
    throw new SigningError(`the request ${part} is not valid percent-encoded UTF-8`, { cause });
  }
}
