import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { SPEC_FILE, SPECS_DIR } from "./constants";
import { type ChangeLine, describeChange } from "./describe-change";
import { listAtRef, readAtRef } from "./git";
import { diffSpecs } from "./redocly";

/** What happened to one spec between the base ref and the working tree. */
export interface SpecReport {
  /** `specs/huaweicloud/evs.yaml`. */
  readonly spec: string;
  /** The spec's folder, which is also its provider package's folder (`huaweicloud`). */
  readonly provider: string;
  readonly status: "unchanged" | "changed" | "added" | "removed";
  /** Breaking lines first. */
  readonly changes: readonly ChangeLine[];
}

/** Compares every spec in the working tree or at `ref` (`specs/<provider>/*.yaml`). */
export async function compareSpecs(root: string, ref: string): Promise<SpecReport[]> {
  const specs = new Set([...(await listWorkingTree(root)), ...(await listAtRef(root, ref, SPECS_DIR))]);
  const paths = [...specs].filter((p) => SPEC_FILE.test(p)).sort();
  return Promise.all(paths.map((spec) => compareSpec(root, ref, spec)));
}

async function compareSpec(root: string, ref: string, spec: string): Promise<SpecReport> {
  const provider = SPEC_FILE.exec(spec)?.[1] ?? "";
  const before = await readAtRef(root, ref, spec);
  const after = await readFile(join(root, spec), "utf8").catch(() => undefined);
  if (before === undefined) return { spec, provider, status: "added", changes: [] };
  if (after === undefined) {
    const line: ChangeLine = {
      breaking: true,
      impact: "major",
      where: "document",
      text: "spec removed: every operation it described is gone",
    };
    return { spec, provider, status: "removed", changes: [line] };
  }
  if (before === after) return { spec, provider, status: "unchanged", changes: [] };
  const lines = (await diffSpecs(spec, before, after)).flatMap(describeChange);
  const ordered = [...lines.filter((l) => l.breaking), ...lines.filter((l) => !l.breaking)];
  return { spec, provider, status: ordered.length ? "changed" : "unchanged", changes: ordered };
}

async function listWorkingTree(root: string): Promise<string[]> {
  const providers = await readdir(join(root, SPECS_DIR), { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const dir of providers.filter((d) => d.isDirectory())) {
    const files = await readdir(join(root, SPECS_DIR, dir.name));
    out.push(...files.map((f) => `${SPECS_DIR}/${dir.name}/${f}`));
  }
  return out;
}
