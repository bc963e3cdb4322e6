import { readChangesets } from "./changesets";
import { compareSpecs } from "./compare-specs";
import { EXIT_OK, EXIT_UNCOVERED_BREAKING, FACADE_DIR } from "./constants";
import { formatReport } from "./format-report";
import { assertGitWorkTree, resolveBaseRef } from "./git";
import { type PackageInfo, readFacade, readPackage, readPackageAtRef } from "./packages";
import { checkMajorReleases, suggestBumps } from "./release-gate";

/** Options of one `spec:diff` run. */
export interface SpecDiffOptions {
  /** The repository to check (its working tree is the new version). */
  readonly root: string;
  /** A commit, branch or tag; defaults to the latest release tag, else `main`. */
  readonly base?: string;
}

/** Compares the specs, applies the release gate and returns the report lines and the exit code. */
export async function runSpecDiff(options: SpecDiffOptions): Promise<{ lines: string[]; exitCode: number }> {
  const { root } = options;
  await assertGitWorkTree(root);
  const base = await resolveBaseRef(root, options.base);
  const reports = await compareSpecs(root, base.ref);
  const providers = new Map<string, PackageInfo>();
  for (const provider of new Set(reports.map((r) => r.provider))) {
    const pkg = (await readPackage(root, provider)) ?? (await readPackageAtRef(root, base.ref, provider));
    if (pkg) providers.set(provider, pkg);
  }
  const facade = await readFacade(root);
  const baseVersions = new Map<string, string>();
  for (const dir of [...providers.keys(), FACADE_DIR]) {
    const before = await readPackageAtRef(root, base.ref, dir);
    if (before) baseVersions.set(before.name, before.version);
  }
  const input = {
    reports,
    changesets: await readChangesets(root),
    providers,
    facade,
    baseVersions,
    baseRef: base.ref,
  };
  const requirements = checkMajorReleases(input);
  const lines = formatReport({
    base,
    reports,
    packageNames: new Map([...providers].map(([dir, pkg]) => [dir, pkg.name])),
    requirements,
    suggestions: suggestBumps(input),
  });
  const uncovered = requirements.some((r) => !r.coveredBy);
  return { lines, exitCode: uncovered ? EXIT_UNCOVERED_BREAKING : EXIT_OK };
}
