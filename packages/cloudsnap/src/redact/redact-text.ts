import { REDACTED } from "./constants";
import { redactUrl } from "./redact-url";

const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>`]+/gi;
const HEADER_IN_TEXT =
  /\b(authorization|proxy-authorization|x-auth-token|x-subject-token|x-security-token|x-ncp-apigw-signature-v[12]|x-ncp-iam-access-key|set-cookie|cookie)(\s*[:=]\s*)[^\r\n]+/gi;
const ASSIGNMENT_IN_TEXT =
  /\b([\w.-]*(?:secret|passw(?:or)?d|token|signature|session|credential|access.?key)[\w.-]*=)[^\s&"',;]+/gi;
const JSON_FIELD_IN_TEXT =
  /("[^"]*(?:secret|passw(?:or)?d|token|signature|session|credential|access.?key)[^"]*"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;

/**
 * Scrubs a string for printing: every known secret value (and its URL-encoded and JSON-escaped
 * forms) becomes `***`, URLs inside the text are passed through {@link redactUrl}, and
 * `Authorization: …` header lines, `password=…` assignments and `"password": "…"` JSON fields
 * are masked.
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const form of secretForms(secrets)) out = out.split(form).join(REDACTED);
  return out
    .replace(URL_IN_TEXT, (url) => redactUrl(url))
    .replace(HEADER_IN_TEXT, (_match, name: string, sep: string) => `${name}${sep}${REDACTED}`)
    .replace(ASSIGNMENT_IN_TEXT, (_match, key: string) => `${key}${REDACTED}`)
    .replace(JSON_FIELD_IN_TEXT, (_match, key: string) => `${key}"${REDACTED}"`);
}

/** Every spelling of each secret that could appear in a message, longest first. */
function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== "string" || secret === "") continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(JSON.stringify(secret).slice(1, -1));
  }
  return [...forms].sort((a, b) => b.length - a.length);
}
