import type { DiffChange, DiffLocation, Impact } from "./diff-report";

const METHODS: ReadonlySet<string> = new Set([
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
]);

/** Properties that only change what readers see, reported without their (long) values. */
const WORDING: ReadonlySet<string> = new Set(["description", "summary", "title", "example", "examples"]);

/** Longer old/new values (descriptions) are cut to this many characters. */
const MAX_VALUE = 60;

/** One line of the report: what changed, where, and whether callers break. */
export interface ChangeLine {
  readonly breaking: boolean;
  readonly impact: Impact;
  /** `GET /v5/{project_id}/snapshots/detail`, or a document section such as `servers`. */
  readonly where: string;
  readonly text: string;
  /** Where to look: `revision` in the working tree, `base` in the old spec (`git show <ref>:<spec>`). */
  readonly location?: DiffLocation;
}

/** Turns one Redocly change into report lines: one per rule verdict, or one plain description. */
export function describeChange(change: DiffChange): ChangeLine[] {
  const { where, rest } = splitPointer(change.path);
  const location = change.revision ?? change.base;
  if (change.verdicts.length) {
    return change.verdicts.map((v) => ({
      breaking: v.impact === "major",
      impact: v.impact,
      where,
      text: `${v.message} [${v.ruleId}]`,
      ...((v.location ?? location) ? { location: v.location ?? location } : {}),
    }));
  }
  return [
    {
      breaking: change.impact === "major",
      impact: change.impact,
      where,
      text: plainText(change, rest),
      ...(location ? { location } : {}),
    },
  ];
}

/** `#/paths/~1v1~1x/get/parameters/2` → `GET /v1/x` and `parameters/2`. */
export function splitPointer(pointer: string): { where: string; rest: string[] } {
  const segments = pointer
    .replace(/^#\/?/, "")
    .split("/")
    .filter(Boolean)
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
  if (segments[0] !== "paths" || segments[1] === undefined) {
    return { where: segments.slice(0, 2).join(" ") || "document", rest: segments.slice(2) };
  }
  const method = segments[2];
  if (method !== undefined && METHODS.has(method)) {
    return { where: `${method.toUpperCase()} ${segments[1]}`, rest: segments.slice(3) };
  }
  return { where: segments[1], rest: segments.slice(2) };
}

function plainText(change: DiffChange, rest: readonly string[]): string {
  const value = (change.kind === "removed" ? change.base : change.revision)?.value;
  const record = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const last = rest.at(-1);
  const parent = rest.at(-2);
  if (change.kind !== "modified") {
    if (change.typeName === "PathItem") {
      const ops = Object.entries(record)
        .filter(([key]) => METHODS.has(key))
        .map(([key, op]) => `${key.toUpperCase()}${named(operationId(op))}`);
      return `${change.kind} path${ops.length ? ` with ${ops.join(", ")}` : ""}`;
    }
    if (change.typeName === "Operation") {
      const id = operationId(record);
      return `${change.kind} operation${id ? ` \`${id}\`` : ""}`;
    }
    if (change.typeName === "Parameter" && typeof record.name === "string") {
      const required = record.required === true ? "required" : "optional";
      return `${change.kind} ${required} ${String(record.in ?? "")} parameter \`${record.name}\``;
    }
    if (parent === "properties" && last) return `${change.kind} property \`${last}\`${context(rest)}`;
    if (parent === "responses" && last) return `${change.kind} response ${last}`;
    if (parent === "content" && last) return `${change.kind} media type ${last}${context(rest)}`;
  }
  if (change.kind === "modified" && change.property && WORDING.has(change.property)) {
    return `${change.property} changed (documentation only)${rest.length ? `: ${rest.join("/")}` : ""}`;
  }
  const property = change.property ? ` · ${change.property}` : "";
  const what = rest.length ? ` ${rest.join("/")}` : "";
  return `${change.kind}${what}${property}${change.kind === "modified" ? fromTo(change) : ""}`;
}

function operationId(op: unknown): string | undefined {
  const id =
    typeof op === "object" && op !== null ? (op as { operationId?: unknown }).operationId : undefined;
  return typeof id === "string" ? id : undefined;
}

function named(id: string | undefined): string {
  return id ? ` (${id})` : "";
}

/** ` in the request body` / ` in response 200` for a property or media type. */
function context(rest: readonly string[]): string {
  if (rest[0] === "requestBody") return " in the request body";
  if (rest[0] === "responses" && rest[1] !== undefined) return ` in response ${rest[1]}`;
  if (rest[0] === "parameters") return " in a parameter";
  return "";
}

function fromTo(change: DiffChange): string {
  const show = (v: unknown) => {
    const text = typeof v === "string" ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
    return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
  };
  const before = change.base?.value;
  const after = change.revision?.value;
  if (before === undefined && after === undefined) return "";
  if (before === undefined) return `: now ${show(after)}`;
  if (after === undefined) return `: was ${show(before)}`;
  return `: ${show(before)} → ${show(after)}`;
}
