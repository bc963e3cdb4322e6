/**
 * The packages published to npm, as workspace folders, in dependency order. The packaging test
 * fails if a public package under packages/ is missing here, so a new one cannot skip it.
 */
export const PUBLISHED_PACKAGE_DIRS = [
  "packages/ncloud",
  "packages/huaweicloud",
  "packages/zstack",
  "packages/cloudsnap",
] as const;

/** Time limits, generous for a cold npm cache on two cores; a warm run needs a fraction. */
export const TIMEOUTS_MS = {
  pack: 60_000,
  npmInstall: 120_000,
  runtimeInstall: 150_000,
  runtimeVersion: 20_000,
  consumerRun: 45_000,
  typecheck: 60_000,
} as const;

/** What a consumer run inherits from this process: where programs and temp dirs are, nothing else. */
export const CONSUMER_INHERITED_ENV = ["PATH", "TMPDIR", "TEMP", "TMP", "SystemRoot", "LANG"] as const;

/** npm settings a tool child keeps from a `pnpm run` environment (registry, cache, proxy, TLS). */
export const KEPT_NPM_CONFIG =
  /^npm_config_(registry|@[^:]+:registry|cache|https?_proxy|proxy|noproxy|strict_ssl|cafile|ca)$/i;
