import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PUBLISHED_PACKAGE_DIRS } from "../../../scripts/packaging/constants";
import { type PackedPackage, packPackages } from "../../../scripts/packaging/pack";
import { installRuntime, RUNTIMES, type RuntimeInstall } from "../../../scripts/packaging/runtimes";
import { createScratchProject, type ScratchProject } from "../../../scripts/packaging/scratch-project";
import { type MockServers, startMocks } from "../../../scripts/prism/mock-servers";
import { allSpecs } from "../../../scripts/prism/specs";

export const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const FIXTURE_DIR = fileURLToPath(new URL("../fixture", import.meta.url));
/** Runtimes downloaded from npm are kept here between runs (override to share a CI cache). */
const RUNTIME_CACHE = process.env.CLOUDSNAP_PACKAGING_CACHE ?? join(tmpdir(), "cloudsnap-packaging-runtimes");
/** `CLOUDSNAP_PACKAGING_KEEP=1` keeps the tarballs and the scratch project for a look afterwards. */
const KEEP = process.env.CLOUDSNAP_PACKAGING_KEEP === "1";
/** The APIs the consumer script calls (IAM is not needed: it signs with AK/SK). */
const CONSUMER_SPECS = [
  "ncloud/classic-nas",
  "ncloud/vserver",
  "ncloud/search-engine",
  "huaweicloud/evs",
  "zstack/volume-snapshots",
];

/** Everything the packaging tests share: the packed tarballs, the scratch project, runtimes, mocks. */
export class Harness {
  workDir = "";
  mocks: MockServers | undefined;
  packed: PackedPackage[] = [];
  scratch: ScratchProject | undefined;
  readonly installs = new Map<string, RuntimeInstall>();
  /** Wall time of each step, in milliseconds, printed at the end. */
  readonly timings: Record<string, number> = {};

  /** Times `work` under `label`. */
  async timed<T>(label: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.timings[label] = Math.round(performance.now() - started);
    }
  }

  /**
   * Packs, installs, fetches the runtimes and starts the mocks, side by side. Waits for all of them
   * even when one fails, so `close` can stop whatever did start; then throws the first failure.
   */
  async prepare(): Promise<void> {
    this.workDir = await mkdtemp(join(tmpdir(), "cloudsnap-packaging-"));
    const consumer = async () => {
      this.packed = await this.timed("pack", () =>
        packPackages(REPO_ROOT, PUBLISHED_PACKAGE_DIRS, this.workDir),
      );
      this.scratch = await this.timed("npm install tarballs", () =>
        createScratchProject(REPO_ROOT, this.packed, FIXTURE_DIR, { keepOnFailure: KEEP }),
      );
    };
    const runtimes = () =>
      this.timed("runtimes", () =>
        Promise.all(
          RUNTIMES.map(async (spec) => this.installs.set(spec.id, await installRuntime(spec, RUNTIME_CACHE))),
        ),
      );
    const mocks = async () => {
      const specs = Object.fromEntries(
        Object.entries(allSpecs()).filter(([key]) => CONSUMER_SPECS.includes(key)),
      );
      this.mocks = await this.timed("prism", () => startMocks(specs));
    };
    const results = await Promise.allSettled([consumer(), runtimes(), mocks()]);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
  }

  /** Stops the mocks, removes the temporary folders (unless kept) and prints the timings. */
  async close(): Promise<void> {
    await this.mocks?.stop();
    const dirs = [this.workDir, this.scratch?.dir].filter((dir): dir is string => Boolean(dir));
    if (KEEP) console.log(`kept: ${dirs.join(" and ")}`);
    else await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    const runtimes = RUNTIMES.map((spec) => {
      const install = this.installs.get(spec.id);
      if (!install) return `${spec.id}: not attempted`;
      if (!install.ok) return `${spec.id}: UNAVAILABLE`;
      return `${spec.id}: ${install.cached ? "cached" : `installed in ${install.durationMs} ms`}`;
    });
    console.log(`packaging timings (ms): ${JSON.stringify(this.timings)}\nruntimes: ${runtimes.join("; ")}`);
  }
}
