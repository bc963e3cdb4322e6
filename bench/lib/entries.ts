import type { BundleTarget } from "../bundle/measure-bundles";
import {
  BARE_NODE,
  type ColdImportTarget,
  EMPTY_ESM,
  EMPTY_MODULE,
  importTarget,
} from "../cold-import/measure-cold-import";

/** The facade's providers: factory, per-provider entry, and whether its answers are JSON only. */
export const PROVIDERS = [
  { id: "ncloud", factory: "createNcloudClient", entry: "cloudsnap/ncloud", jsonOnly: false },
  { id: "huaweicloud", factory: "createHuaweiCloudClient", entry: "cloudsnap/huaweicloud", jsonOnly: true },
  { id: "zstack", factory: "createZStackClient", entry: "cloudsnap/zstack", jsonOnly: true },
] as const;

export type ProviderInfo = (typeof PROVIDERS)[number];

export const ROOT_ENTRY = "cloudsnap";

/**
 * Cold-import rows: bare node, the empty ESM eval, the first import of an empty module, the root
 * entry, each per-provider entry, openapi-fetch.
 */
export function coldImportTargets(): ColdImportTarget[] {
  return [
    BARE_NODE,
    EMPTY_ESM,
    EMPTY_MODULE,
    importTarget(ROOT_ENTRY),
    ...PROVIDERS.map((provider) => importTarget(provider.entry)),
    importTarget("openapi-fetch", true),
  ];
}

const PLATFORMS = ["browser", "node"] as const;

/** Bundle rows: each factory from the root entry and from its per-provider entry, both platforms; openapi-fetch. */
export function bundleTargets(): BundleTarget[] {
  return [
    ...PROVIDERS.flatMap((provider) =>
      [ROOT_ENTRY, provider.entry].flatMap((entry) =>
        PLATFORMS.map((platform) => ({ entry, importName: provider.factory, platform })),
      ),
    ),
    ...PLATFORMS.map((platform) => ({
      entry: "openapi-fetch",
      importName: "createClient",
      isDefault: true,
      platform,
      peer: true as const,
    })),
  ];
}
