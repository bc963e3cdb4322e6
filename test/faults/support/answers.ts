import { type SpecName, specExample } from "./spec-examples";
import { type Answer, proxyText } from "./target";

const MESSAGE_KEYS = new Set(["message", "error_msg", "details", "returnMessage"]);

/**
 * Appends `echo` to the first message field of an error body (or to a text body): the fault server
 * quotes the canary secret in every failure text, as a provider echoing a request might, so a test
 * can prove the facade scrubs it.
 */
export function withEcho(value: unknown, echo: string): unknown {
  if (typeof value === "string") return `${value} (${echo})`;
  let done = false;
  const visit = (node: unknown): unknown => {
    if (done || typeof node !== "object" || node === null) return node;
    if (Array.isArray(node)) return node.map(visit);
    const copy: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      if (!done && MESSAGE_KEYS.has(key) && typeof child === "string") {
        copy[key] = `${child} (${echo})`;
        done = true;
      } else copy[key] = visit(child);
    }
    return copy;
  };
  return visit(value);
}

/** The body text of an example value: strings as they are, anything else as JSON. */
export function bodyText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * The spec's own answer for a failure status of `operation` (its first example, preferring JSON),
 * quoting `echo`; a proxy's text for statuses the spec does not describe (502 on most APIs).
 */
export function specErrorAnswer(spec: SpecName, operation: string, status: number, echo: string): Answer {
  const example =
    specExample(spec, operation, status, { mediaType: "application/json" }) ??
    specExample(spec, operation, status);
  if (!example) return proxyText(status, echo);
  return {
    status,
    headers: { "content-type": example.contentType },
    body: bodyText(withEcho(example.value, echo)),
  };
}
