import type { MediaMetadata, Shape } from "@cloudsnap/ncloud";
import { coerce } from "./coerce";
import { parseXml } from "./parse-xml";

/** What `decodeBody` needs: the raw text, its content type, and the spec's media types for that status. */
export interface DecodeInput {
  readonly text: string;
  readonly contentType: string | null;
  readonly content: Readonly<Record<string, MediaMetadata>> | undefined;
  readonly shapes: Readonly<Record<string, Shape>>;
}

/** Why a body could not be decoded; the caller turns it into a `DecodeError` with its own context. */
export class BodyDecodeFailure extends Error {
  override readonly name = "BodyDecodeFailure";
}

const XML = /[/+]xml\b/i;
const JSON_TYPE = /[/+]json\b/i;

/**
 * Decodes one response body by the spec: XML and JSON forms of the same response give the same typed
 * value. A status the spec does not describe (say a proxy's 502) is returned as parsed JSON or text.
 */
export async function decodeBody(input: DecodeInput): Promise<unknown> {
  const mediaType = (input.contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const content = input.content ?? {};
  const declared = Object.keys(content);
  if (input.text.length === 0 && (declared.length === 0 || mediaType === "")) return undefined;
  const media = content[mediaType];
  if (!media) {
    if (declared.length === 0) return bestEffort(input.text, mediaType);
    throw new BodyDecodeFailure(
      `unexpected content type "${mediaType || "none"}"; the spec allows ${declared.join(", ")}`,
    );
  }
  const schema = media.decodeAs ? content[media.decodeAs]?.schema : media.schema;
  if (!schema) throw new BodyDecodeFailure(`no schema to decode ${mediaType} by`);
  if (!XML.test(mediaType) && !JSON_TYPE.test(mediaType)) return input.text;
  const parsed = XML.test(mediaType) ? await parseXml(input.text) : JSON.parse(input.text);
  return coerce(parsed, schema, input.shapes);
}

async function bestEffort(text: string, mediaType: string): Promise<unknown> {
  try {
    if (JSON_TYPE.test(mediaType)) return JSON.parse(text) as unknown;
    if (XML.test(mediaType)) return await parseXml(text);
  } catch {
    // An undescribed error body that does not parse is still worth showing as text.
  }
  return text;
}
