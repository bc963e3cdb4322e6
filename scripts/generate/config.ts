/** Which specs feed which provider package, and under which API name. */
export interface ApiSource {
  /** API name: the spec file's base name, also the generated folder name (`classic-nas`). */
  readonly name: string;
  /** Spec path relative to the repository root. */
  readonly spec: string;
}

export const PROVIDERS = {
  ncloud: [
    { name: "classic-nas", spec: "specs/ncloud/classic-nas.yaml" },
    { name: "vserver", spec: "specs/ncloud/vserver.yaml" },
    { name: "search-engine", spec: "specs/ncloud/search-engine.yaml" },
  ],
  huaweicloud: [
    { name: "evs", spec: "specs/huaweicloud/evs.yaml" },
    { name: "iam", spec: "specs/huaweicloud/iam.yaml" },
  ],
  zstack: [{ name: "volume-snapshots", spec: "specs/zstack/volume-snapshots.yaml" }],
} as const satisfies Record<string, readonly ApiSource[]>;

export type ProviderName = keyof typeof PROVIDERS;

/** Returns true when `name` is a provider this repository generates. */
export function isProviderName(name: string): name is ProviderName {
  return Object.hasOwn(PROVIDERS, name);
}
