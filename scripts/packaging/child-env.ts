import { CONSUMER_INHERITED_ENV, KEPT_NPM_CONFIG } from "./constants";

/**
 * The environment for a tool child (pnpm, npm): this process's, without the `npm_*` / `pnpm_*`
 * settings a `pnpm run` exports (npm warns about pnpm-only keys), except registry, cache and proxy.
 */
export function toolEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(npm|pnpm)_/i.test(name) && !KEPT_NPM_CONFIG.test(name)) continue;
    env[name] = value;
  }
  return { ...env, NO_COLOR: "1", FORCE_COLOR: "0", ...extra };
}

/**
 * The environment for a consumer run: PATH and temp dirs from this process, plus `extra`. Nothing
 * else leaks in, so a developer's own cloud credentials or config never reach the code under test.
 */
export function consumerEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of CONSUMER_INHERITED_ENV) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, NO_COLOR: "1", FORCE_COLOR: "0", ...extra };
}
