import type { Bump, Changeset } from "./changesets";
import type { SpecReport } from "./compare-specs";
import { majorOf, type PackageInfo } from "./packages";

/** A package that must be released as a new major because of breaking spec changes. */
export interface MajorRequirement {
  readonly pkg: string;
  /** Why: the specs that broke, or the provider package whose types the facade exposes. */
  readonly because: string;
  /** How it is covered (`major in .changeset/x.md`, `version 0.1.0 → 1.0.0`), or undefined. */
  readonly coveredBy: string | undefined;
  /** Other bumps found for it, to explain a failure (`minor in .changeset/x.md`). */
  readonly found: readonly string[];
}

/** Everything the gate needs to know about the packages involved. */
export interface GateInput {
  readonly reports: readonly SpecReport[];
  readonly changesets: readonly Changeset[];
  /** Provider folder → its package now (or, for a removed provider, at the base ref). */
  readonly providers: ReadonlyMap<string, PackageInfo>;
  /** The facade now, when the repository has one. */
  readonly facade: PackageInfo | undefined;
  /** Package name → its version at the base ref (absent for a package new since then). */
  readonly baseVersions: ReadonlyMap<string, string>;
  readonly baseRef: string;
}

/**
 * Lists the packages that need a major release and whether each has one: a pending changeset asking
 * `major`, or a version whose major number already went up since the base ref (`changeset version`
 * has run and consumed the changeset). The facade needs one too whenever it depends on a provider
 * package that breaks, because its client types are built from that package's generated types, and
 * changesets on its own would only give it a patch ("Updated dependencies").
 */
export function checkMajorReleases(input: GateInput): MajorRequirement[] {
  const broken = new Map<string, { pkg: PackageInfo; specs: string[] }>();
  for (const report of input.reports) {
    if (!report.changes.some((c) => c.breaking)) continue;
    const pkg = input.providers.get(report.provider);
    if (!pkg) throw new Error(`${report.spec}: no package in packages/${report.provider} to release it`);
    const entry = broken.get(pkg.name) ?? { pkg, specs: [] };
    entry.specs.push(report.spec);
    broken.set(pkg.name, entry);
  }
  const needed = [...broken.values()].map(({ pkg, specs }) => ({
    pkg,
    because: `breaking changes in ${specs.join(", ")}`,
  }));
  const facade = input.facade;
  if (facade) {
    const exposed = [...broken.keys()].filter((name) => facade.dependencies.includes(name));
    if (exposed.length)
      needed.push({ pkg: facade, because: `its clients expose the types of ${exposed.join(", ")}` });
  }
  return needed.map(({ pkg, because }) => ({ pkg: pkg.name, because, ...coverage(pkg, input) }));
}

function coverage(pkg: PackageInfo, input: GateInput): { coveredBy: string | undefined; found: string[] } {
  const bumps = input.changesets.flatMap((c) => {
    const bump = c.releases.get(pkg.name);
    return bump ? [{ bump, file: c.file }] : [];
  });
  const major = bumps.filter((b) => b.bump === "major").map((b) => `major in ${b.file}`);
  const found = bumps.filter((b) => b.bump !== "major").map((b) => `${b.bump} in ${b.file}`);
  if (major.length) return { coveredBy: major.join(", "), found };
  const before = input.baseVersions.get(pkg.name);
  if (before !== undefined && majorOf(pkg.version) > majorOf(before)) {
    return { coveredBy: `version ${before} → ${pkg.version} since ${input.baseRef}`, found };
  }
  return { coveredBy: undefined, found };
}

/** For specs that changed without breaking anything: the bump worth a changeset (never required). */
export function suggestBumps(input: GateInput): Map<string, Bump> {
  const out = new Map<string, Bump>();
  const raise = (name: string, bump: Bump) => {
    if (out.get(name) !== "minor") out.set(name, bump);
  };
  for (const report of input.reports) {
    if (report.status === "unchanged" || report.changes.some((c) => c.breaking)) continue;
    const pkg = input.providers.get(report.provider);
    if (!pkg) continue;
    const additive = report.status === "added" || report.changes.some((c) => c.impact === "minor");
    raise(pkg.name, additive ? "minor" : "patch");
    if (input.facade?.dependencies.includes(pkg.name)) raise(input.facade.name, additive ? "minor" : "patch");
  }
  return out;
}
