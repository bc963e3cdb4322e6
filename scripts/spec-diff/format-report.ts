import type { Bump } from "./changesets";
import type { SpecReport } from "./compare-specs";
import type { ChangeLine } from "./describe-change";
import type { BaseRef } from "./git";
import type { MajorRequirement } from "./release-gate";

/** Everything one run found. */
export interface SpecDiffResult {
  readonly base: BaseRef;
  readonly reports: readonly SpecReport[];
  /** Provider folder → package name, for the headings. */
  readonly packageNames: ReadonlyMap<string, string>;
  readonly requirements: readonly MajorRequirement[];
  readonly suggestions: ReadonlyMap<string, Bump>;
}

/** The human report: one block per spec, then what a release needs. */
export function formatReport(result: SpecDiffResult): string[] {
  const lines = [`Comparing specs with ${result.base.ref} (${result.base.reason}).`, ""];
  for (const report of result.reports) {
    const pkg = result.packageNames.get(report.provider) ?? `packages/${report.provider}`;
    lines.push(`${report.spec} (${pkg}): ${summary(report)}`);
    for (const change of report.changes) lines.push(formatChange(change, report.spec, result.base.ref));
  }
  lines.push("");
  if (!result.requirements.length) {
    lines.push("No breaking changes: no changeset is required.");
    if (result.suggestions.size) {
      const list = [...result.suggestions].map(([pkg, bump]) => `${pkg}: ${bump}`).join(", ");
      lines.push(`Suggested changeset for users (\`pnpm changeset\`): ${list}.`);
    }
    return lines;
  }
  lines.push("Breaking changes need a major release of:");
  for (const r of result.requirements) {
    const state = r.coveredBy ? `ok       ${r.pkg}: ${r.coveredBy}` : `MISSING  ${r.pkg}: no major changeset`;
    const found = !r.coveredBy && r.found.length ? ` (found ${r.found.join(", ")})` : "";
    lines.push(`  ${state}${found} — ${r.because}`);
  }
  const missing = result.requirements.filter((r) => !r.coveredBy).map((r) => r.pkg);
  lines.push(
    "",
    missing.length
      ? `FAIL: breaking changes without a major changeset for ${missing.join(", ")}. Run \`pnpm changeset\`, pick "major" for them and tell users what to change.`
      : "OK: every breaking change has a major changeset.",
  );
  return lines;
}

function summary(report: SpecReport): string {
  if (report.status === "added") return "new spec, non-breaking";
  if (report.status === "removed") return "spec removed, breaking";
  if (report.status === "unchanged") return "unchanged";
  const breaking = report.changes.filter((c) => c.breaking).length;
  return `${breaking} breaking, ${report.changes.length - breaking} non-breaking`;
}

/** `  BREAKING      POST /v5/...: Properties became required: `name`. [rule]  (specs/x.yaml:580)` */
export function formatChange(change: ChangeLine, spec: string, baseRef: string): string {
  const label = change.breaking ? "BREAKING    " : "non-breaking";
  const at = change.location?.line
    ? `  (${change.location.side === "base" ? `${baseRef}:` : ""}${spec}:${change.location.line})`
    : "";
  return `  ${label}  ${change.where}: ${change.text}${at}`;
}
