// The JSON report of `redocly diff --format json` (reportVersion 1), checked and typed.

/** How much a change matters to callers, in Redocly's semver terms. */
export type Impact = "major" | "minor" | "patch";
const IMPACTS: ReadonlySet<string> = new Set(["major", "minor", "patch"]);

/** A place in one of the two documents. */
export interface DiffLocation {
  /** `base` (the old spec) or `revision` (the new one). */
  readonly side: "base" | "revision";
  readonly pointer: string;
  readonly line?: number;
  readonly value?: unknown;
}

/** One change as `redocly diff --format json` (report version 1) reports it. */
export interface DiffChange {
  readonly path: string;
  readonly typeName: string;
  readonly kind: "added" | "removed" | "modified";
  readonly impact: Impact;
  readonly property?: string;
  readonly verdicts: readonly { ruleId: string; impact: Impact; message: string; location?: DiffLocation }[];
  readonly base?: DiffLocation;
  readonly revision?: DiffLocation;
}

/** Checks the report's shape, so a changed Redocly format fails loudly instead of hiding changes. */
export function parseReport(report: unknown, specPath: string): DiffChange[] {
  const fail = (what: string): never => {
    throw new Error(`redocly diff report for ${specPath}: ${what} (is @redocly/cli still 2.77?)`);
  };
  const record = asRecord(report) ?? fail("not an object");
  if (record.reportVersion !== "1") fail(`unknown reportVersion ${String(record.reportVersion)}`);
  if (!Array.isArray(record.changes)) fail("no changes array");
  return (record.changes as unknown[]).map((raw) => {
    const c = asRecord(raw) ?? fail("a change is not an object");
    const impact = checkImpact(c.impact, fail);
    if (c.kind !== "added" && c.kind !== "removed" && c.kind !== "modified")
      fail(`unknown kind ${String(c.kind)}`);
    if (typeof c.path !== "string" || typeof c.typeName !== "string") fail("a change has no path");
    const verdicts = (Array.isArray(c.verdicts) ? c.verdicts : []).map((v) => {
      const verdict = asRecord(v) ?? fail("a verdict is not an object");
      const location = toLocation(verdict.location);
      return {
        ruleId: String(verdict.ruleId),
        impact: checkImpact(verdict.impact, fail),
        message: String(verdict.message),
        ...(location ? { location } : {}),
      };
    });
    const base = toLocation(c.base);
    const revision = toLocation(c.revision);
    return {
      path: c.path as string,
      typeName: c.typeName as string,
      kind: c.kind as DiffChange["kind"],
      impact,
      ...(typeof c.property === "string" ? { property: c.property } : {}),
      verdicts,
      ...(base ? { base } : {}),
      ...(revision ? { revision } : {}),
    };
  });
}

function checkImpact(value: unknown, fail: (what: string) => never): Impact {
  return typeof value === "string" && IMPACTS.has(value)
    ? (value as Impact)
    : fail(`unknown impact ${String(value)}`);
}

function toLocation(raw: unknown): DiffLocation | undefined {
  const record = asRecord(raw);
  if (!record || typeof record.pointer !== "string") return undefined;
  const file = typeof record.file === "string" ? record.file.replaceAll("\\", "/") : "";
  return {
    side: file.startsWith("base/") ? "base" : "revision",
    pointer: record.pointer,
    ...(typeof record.line === "number" ? { line: record.line } : {}),
    ...("value" in record ? { value: record.value } : {}),
  };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
