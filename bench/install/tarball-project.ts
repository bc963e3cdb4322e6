import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PUBLISHED_PACKAGE_DIRS } from "../../scripts/packaging/constants";
import { type PackedPackage, packPackages } from "../../scripts/packaging/pack";
import { createScratchProject } from "../../scripts/packaging/scratch-project";
import { REPO_ROOT } from "../lib/paths";

/** The published packages, packed and installed by npm into a project under the OS temp dir. */
export interface TarballProject {
  /** The consumer project (its node_modules holds the installed tarballs). */
  readonly dir: string;
  readonly packed: readonly PackedPackage[];
  readonly packMs: number;
  readonly installMs: number;
  /** Removes the tarballs and the project (kept with `CLOUDSNAP_BENCH_KEEP=1`). */
  dispose(): Promise<void>;
}

/**
 * Packs cloudsnap and the three @cloudsnap/* packages as they would be published and installs them
 * into a scratch project with npm, reusing the packaging test's helpers (`scripts/packaging`): the
 * tarballs are extracted, never linked, and only their own dependencies come from the registry.
 * Needs `pnpm build` first (the root `bench` scripts run it).
 */
export async function createTarballProject(log = console.error): Promise<TarballProject> {
  const workDir = await mkdtemp(join(tmpdir(), "cloudsnap-bench-"));
  const dirs = [workDir];
  const dispose = async () => {
    if (process.env.CLOUDSNAP_BENCH_KEEP === "1") log(`kept: ${dirs.join(" and ")}`);
    else await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  };
  try {
    const packStarted = performance.now();
    const packed = await packPackages(REPO_ROOT, PUBLISHED_PACKAGE_DIRS, workDir);
    const packMs = performance.now() - packStarted;
    // The helper copies a fixture into the project; the bench writes its consumers itself.
    const emptyFixture = await mkdtemp(join(workDir, "fixture-"));
    const scratch = await createScratchProject(REPO_ROOT, packed, emptyFixture);
    dirs.push(scratch.dir);
    log(
      `installed ${packed.length} tarballs (pack ${Math.round(packMs)} ms, npm install ${scratch.installMs} ms)`,
    );
    return { dir: scratch.dir, packed, packMs, installMs: scratch.installMs, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
