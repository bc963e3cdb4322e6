import { execFileSync } from "node:child_process";
import { availableParallelism, cpus, loadavg } from "node:os";
import { REPO_ROOT } from "./paths";

/** Where and when a run happened, for the results header. */
export interface Machine {
  readonly node: string;
  readonly cpuCount: number;
  readonly cpuModel: string;
  /** 1-minute load average when the run started: a busy shared machine shows here. */
  readonly loadAverage: number;
  readonly date: string;
  /** The commit measured, with "+ uncommitted changes in packages/" when the tree differs. */
  readonly code: string;
}

function gitDescription(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync("git", args, {
        cwd: REPO_ROOT,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }).trim();
    const commit = git("rev-parse", "--short", "HEAD");
    const dirty = git("status", "--porcelain", "--", "packages") !== "";
    return dirty ? `${commit} + uncommitted changes in packages/` : commit;
  } catch {
    return "unknown (no git)";
  }
}

/** Describes this machine now. */
export function describeMachine(): Machine {
  return {
    node: process.version,
    cpuCount: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? "unknown CPU",
    loadAverage: loadavg()[0] ?? Number.NaN,
    date: new Date().toISOString(),
    code: gitDescription(),
  };
}
