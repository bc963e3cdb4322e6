import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { REPO_ROOT } from "../generate/paths";
import type { SpecPage } from "./site-map";

/** What the overview page says about a spec. */
export interface SpecSummary {
  readonly page: SpecPage;
  readonly title: string;
  readonly version: string;
  readonly summary: string;
  readonly operations: number;
}

const METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"]);

/** Reads a spec's title, version, summary and operation count. */
export async function summarizeSpec(page: SpecPage): Promise<SpecSummary> {
  const doc = parse(await readFile(`${REPO_ROOT}/${page.api.spec}`, "utf8")) as {
    info?: { title?: string; version?: string; summary?: string };
    paths?: Record<string, Record<string, unknown>>;
  };
  const title = doc.info?.title;
  if (!title) throw new Error(`${page.api.spec}: info.title is missing`);
  const operations = Object.values(doc.paths ?? {}).reduce(
    (count, item) => count + Object.keys(item).filter((key) => METHODS.has(key)).length,
    0,
  );
  return {
    page,
    title,
    version: doc.info?.version ?? "",
    summary: doc.info?.summary ?? "",
    operations,
  };
}
