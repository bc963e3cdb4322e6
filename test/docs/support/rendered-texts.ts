/** One piece of a spec that Redoc shows to readers, with its JSON pointer. */
export interface RenderedText {
  readonly pointer: string;
  readonly text: string;
}

const WORDING = new Set(["title", "summary", "description"]);

/**
 * Every string of a spec that Redoc renders as prose: `title`, `summary` and `description` values at
 * any depth, and the name of a named example that has no `summary` (Redoc then shows the name).
 */
export function renderedTexts(node: unknown, pointer = ""): RenderedText[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => renderedTexts(item, `${pointer}/${i}`));
  if (typeof node !== "object" || node === null) return [];
  const out: RenderedText[] = [];
  for (const [key, value] of Object.entries(node)) {
    const at = `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    if (WORDING.has(key) && typeof value === "string") out.push({ pointer: at, text: value });
    if (key === "examples" && typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const [name, example] of Object.entries(value)) {
        const summary =
          typeof example === "object" && example !== null
            ? (example as { summary?: unknown }).summary
            : undefined;
        if (typeof summary !== "string" || summary.trim() === "")
          out.push({ pointer: `${at}/${name}`, text: name });
      }
    }
    out.push(...renderedTexts(value, at));
  }
  return out;
}
