// The docs site renders the specs' own words (titles, summaries, descriptions, example labels) for
// users. They must name the provider's documentation, never the project's internal material.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { specPages } from "../../scripts/docs/site-map";
import { REPO_ROOT } from "../../scripts/generate/paths";
import { renderedTexts } from "./support/rendered-texts";

/** Wording that only makes sense inside the project (its seed documents and reference notes). */
const INTERNAL = [/\bseed/i, /\bour own\b/i, /providers\.md/i, /shared\/(seeds|reference)/i];

function internalWording(doc: unknown): string[] {
  return renderedTexts(doc).flatMap(({ pointer, text }) =>
    INTERNAL.filter((pattern) => pattern.test(text)).map(
      (pattern) => `${pointer}: ${pattern} in "${text.slice(0, 80)}"`,
    ),
  );
}

describe("the text the docs site renders from the specs", () => {
  it.each(specPages().map((page) => page.api.spec))("%s names no internal document", (spec) => {
    const doc: unknown = parse(readFileSync(`${REPO_ROOT}/${spec}`, "utf8"));
    expect(internalWording(doc)).toEqual([]);
  });

  it("catches internal wording wherever it is rendered (the check can fail)", () => {
    const doc = {
      info: { title: "T", description: "Sources (facts only; wording here is our own)" },
      paths: { "/x": { get: { summary: "From seed 004", responses: {} } } },
      components: {
        schemas: { A: { description: "see providers.md §6" } },
        examples: {
          seedExample: { value: 1 },
          labelled: { summary: "Request from the seed document", value: 2 },
          seed: { summary: "Request from the provider's page", value: 3 },
        },
      },
    };
    expect(internalWording(doc)).toEqual([
      '/info/description: /\\bour own\\b/i in "Sources (facts only; wording here is our own)"',
      '/paths/~1x/get/summary: /\\bseed/i in "From seed 004"',
      '/components/schemas/A/description: /providers\\.md/i in "see providers.md §6"',
      '/components/examples/seedExample: /\\bseed/i in "seedExample"',
      '/components/examples/labelled/summary: /\\bseed/i in "Request from the seed document"',
    ]);
  });
});
