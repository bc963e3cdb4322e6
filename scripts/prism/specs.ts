import { PROVIDERS } from "../generate/config";
import { REPO_ROOT } from "../generate/paths";

/** Every spec by `<provider>/<api>` (e.g. `ncloud/classic-nas`), as absolute paths for Prism. */
export function allSpecs(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [provider, apis] of Object.entries(PROVIDERS)) {
    for (const api of apis) out[`${provider}/${api.name}`] = `${REPO_ROOT}/${api.spec}`;
  }
  return out;
}
