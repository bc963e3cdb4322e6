import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { toolEnv } from "./child-env";
import { TIMEOUTS_MS } from "./constants";
import type { PackedPackage } from "./pack";
import { describeFailure, runCommand, succeeded } from "./run-command";

/** A consumer project outside the workspace, with the packed packages installed by npm. */
export interface ScratchProject {
  readonly dir: string;
  /** How long `npm install` took. */
  readonly installMs: number;
}

/**
 * Creates a project under the OS temp dir that depends on the tarballs (`file:` specs, extracted by
 * npm, never linked) and installs them with npm; only their own dependencies come from the
 * registry. `overrides` pins the facade's dependencies on the provider packages to the same
 * tarballs, so nothing named `@cloudsnap/*` is ever fetched from a registry.
 */
export async function createScratchProject(
  repoRoot: string,
  packed: readonly PackedPackage[],
  fixtureDir: string,
  options: { keepOnFailure?: boolean } = {},
): Promise<ScratchProject> {
  const dir = await mkdtemp(join(tmpdir(), "cloudsnap-consumer-"));
  if (!relative(resolve(repoRoot), dir).startsWith("..")) {
    throw new Error(`the scratch project ${dir} is inside the workspace; set TMPDIR elsewhere`);
  }
  try {
    return await install(dir, packed, fixtureDir);
  } catch (error) {
    if (!options.keepOnFailure) await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function install(
  dir: string,
  packed: readonly PackedPackage[],
  fixtureDir: string,
): Promise<ScratchProject> {
  const dependencies = Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`]));
  const overrides = Object.fromEntries(packed.map((p) => [p.name, `$${p.name}`]));
  const manifest = { name: "cloudsnap-consumer", version: "0.0.0", private: true, dependencies, overrides };
  await writeFile(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  await cp(fixtureDir, dir, { recursive: true });
  const install = await runCommand(
    "npm",
    ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--prefer-offline", "--loglevel=error"],
    { cwd: dir, env: toolEnv(), timeoutMs: TIMEOUTS_MS.npmInstall },
  );
  if (!succeeded(install)) throw new Error(describeFailure(`npm install in ${dir}`, install));
  return { dir, installMs: install.durationMs };
}
