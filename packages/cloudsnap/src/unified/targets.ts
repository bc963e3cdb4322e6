// Targets: one way to name "this volume on that cloud", as a string (`ncloud-vpc:20803168?region=KR`)
// or as a typed object discriminated on `api`. Every kind's grammar comes from its provider home.

import type { ValidationError } from "../core/errors";
import {
  describeTargetForm,
  type SnapshotAdapter,
  type SnapshotApi,
  type TargetGrammar,
  targetError,
} from "../core/snapshot";
import { suggestField } from "../core/suggest-field";
import { type HuaweiCloudEvsTarget, huaweiCloudEvsAdapter } from "../providers/huaweicloud/snapshot-adapter";
import {
  type NcloudNasTarget,
  type NcloudSesTarget,
  type NcloudVpcTarget,
  ncloudNasAdapter,
  ncloudSesAdapter,
  ncloudVpcAdapter,
} from "../providers/ncloud/snapshot-adapters";
import { type ZStackTarget, zstackAdapter } from "../providers/zstack/snapshot-adapter";

export type { HuaweiCloudEvsTarget, NcloudNasTarget, NcloudSesTarget, NcloudVpcTarget, ZStackTarget };

/** Any snapshot target; narrow it on `api`. */
export type Target =
  | NcloudNasTarget
  | NcloudVpcTarget
  | NcloudSesTarget
  | HuaweiCloudEvsTarget
  | ZStackTarget;

/** A target as a string (`ncloud-vpc:20803168`) or as an object. */
export type TargetInput = string | Target;

/** One adapter per API, by target kind. */
export const ADAPTERS: {
  readonly [A in SnapshotApi]: SnapshotAdapter<Extract<Target, { api: A }>, unknown>;
} = {
  "ncloud-nas": ncloudNasAdapter,
  "ncloud-vpc": ncloudVpcAdapter,
  "ncloud-ses": ncloudSesAdapter,
  "huaweicloud-evs": huaweiCloudEvsAdapter,
  zstack: zstackAdapter,
} as const;

const KINDS = Object.keys(ADAPTERS) as SnapshotApi[];
const MAX_TARGET_LENGTH = 2048;

/** The target kinds and how each is written: what `cloudsnap targets` prints. */
export function targetKinds(): readonly (TargetGrammar & { readonly form: string })[] {
  return KINDS.map((api) => ({ ...ADAPTERS[api].grammar, form: describeTargetForm(ADAPTERS[api].grammar) }));
}

function isKind(value: unknown): value is SnapshotApi {
  return typeof value === "string" && Object.hasOwn(ADAPTERS, value);
}

function unknownKind(kind: string): ValidationError {
  const near = suggestField(kind, KINDS);
  return targetError(
    undefined,
    `unknown target kind${kind ? ` "${kind.slice(0, 40)}"` : ""}${near ? ` (did you mean ${near}?)` : ""}; expected one of ${KINDS.join(", ")}, as <kind>:<volume>[?settings]`,
  );
}

/**
 * Parses a target string into its typed object, or throws a `ValidationError` showing the form the
 * kind expects. Nothing is sent. Surrounding whitespace is ignored; setting values may be
 * percent-encoded.
 *
 * ```ts
 * parseTarget("ncloud-ses:1234567?bucket=es-snapshots")
 * // { api: "ncloud-ses", volumeId: "1234567", bucket: "es-snapshots" }
 * ```
 */
export function parseTarget(text: string): Target {
  if (typeof text !== "string") {
    throw targetError(undefined, `a target must be a string (got ${text === null ? "null" : typeof text})`);
  }
  const trimmed = text.trim();
  if (trimmed.length === 0) throw targetError(undefined, "the target is empty");
  if (trimmed.length > MAX_TARGET_LENGTH) {
    throw targetError(undefined, `the target is longer than ${MAX_TARGET_LENGTH} characters`);
  }
  const colon = trimmed.indexOf(":");
  if (colon < 0) throw unknownKind(trimmed.includes("?") ? "" : trimmed);
  const kind = trimmed.slice(0, colon);
  if (!isKind(kind)) throw unknownKind(kind);
  const grammar = ADAPTERS[kind].grammar;
  const rest = trimmed.slice(colon + 1);
  const question = rest.indexOf("?");
  const volume = question < 0 ? rest : rest.slice(0, question);
  const settings: Record<string, string> = {};
  if (question >= 0) {
    for (const pair of rest.slice(question + 1).split("&")) {
      const equals = pair.indexOf("=");
      if (pair === "" || equals <= 0) {
        throw targetError(grammar, "a setting must be written name=value, settings joined by &");
      }
      const name = decodePart(grammar, pair.slice(0, equals));
      const value = decodePart(grammar, pair.slice(equals + 1));
      if (Object.hasOwn(settings, name)) throw targetError(grammar, `the setting ${name} is given twice`);
      settings[name] = value;
    }
  }
  return checkTargetParts(grammar, volume, settings, "");
}

function decodePart(grammar: TargetGrammar, part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw targetError(grammar, "a setting holds a malformed percent-encoding");
  }
}

function checkTargetParts(
  grammar: TargetGrammar,
  volume: unknown,
  settings: Readonly<Record<string, unknown>>,
  prefix: string,
): Target {
  if (typeof volume !== "string" || volume === "") {
    throw targetError(grammar, `the ${grammar.volumeLabel} is missing`, `${prefix}volumeId`);
  }
  if (!grammar.volumePattern.test(volume)) {
    throw targetError(
      grammar,
      `the ${grammar.volumeLabel} must be ${grammar.volumeForm}`,
      `${prefix}volumeId`,
    );
  }
  const target: Record<string, string> = { api: grammar.api, volumeId: volume };
  const known = Object.keys(grammar.settings);
  for (const name of Object.keys(settings)) {
    if (!Object.hasOwn(grammar.settings, name)) {
      const near = suggestField(name, known);
      const accepted = known.length ? `it takes ${known.join(", ")}` : "it takes no settings";
      throw targetError(
        grammar,
        `${grammar.api} has no setting "${name.slice(0, 40)}"${near ? ` (did you mean ${near}?)` : ""}: ${accepted}`,
        `${prefix}${name}`,
      );
    }
  }
  for (const [name, setting] of Object.entries(grammar.settings)) {
    const value = Object.hasOwn(settings, name) ? settings[name] : undefined;
    if (value === undefined) {
      if (setting.required)
        throw targetError(grammar, `${grammar.api} needs the setting ${name}`, `${prefix}${name}`);
      continue;
    }
    if (typeof value !== "string" || !setting.pattern.test(value)) {
      const allowed = setting.values ? `one of ${setting.values.join(", ")}` : `a ${setting.description}`;
      throw targetError(grammar, `the setting ${name} must be ${allowed}`, `${prefix}${name}`);
    }
    target[name] = value;
  }
  return target as unknown as Target;
}

/**
 * Checks a target given as an object (own properties only; unknown fields refused) or parses one
 * given as a string. Returns a fresh, checked target.
 */
export function toTarget(input: unknown): Target {
  if (typeof input === "string") return parseTarget(input);
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw targetError(
      undefined,
      "a target must be a string such as ncloud-vpc:20803168, or an object with api and volumeId",
    );
  }
  const api = Object.hasOwn(input, "api") ? (input as { api?: unknown }).api : undefined;
  if (!isKind(api)) throw unknownKind(typeof api === "string" ? api : "");
  const grammar = ADAPTERS[api].grammar;
  const {
    api: _api,
    volumeId,
    ...settings
  } = Object.fromEntries(Object.entries(input)) as Record<string, unknown>;
  return checkTargetParts(grammar, volumeId, settings, "target.");
}

/** Writes a target as its string form, settings in the kind's order, values percent-encoded. */
export function formatTarget(target: Target): string {
  const checked = toTarget(target) as unknown as Record<string, string>;
  const grammar = ADAPTERS[checked.api as SnapshotApi].grammar;
  const settings = Object.keys(grammar.settings)
    .filter((name) => checked[name] !== undefined)
    .map((name) => `${name}=${encodeURIComponent(checked[name] as string)}`);
  return `${grammar.api}:${checked.volumeId}${settings.length ? `?${settings.join("&")}` : ""}`;
}
