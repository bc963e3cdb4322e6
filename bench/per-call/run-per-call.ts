import { fork } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PER_CALL } from "../lib/constants";
import { REPO_ROOT } from "../lib/paths";
import { compileForNode } from "./compile-for-node";
import type { PerCallOptions, PerCallResult } from "./measure-per-call";

/** The runner is killed if it outlives its round budget by this much (warm-up, checks, start-up). */
const RUNNER_GRACE_MS = 120_000;

/**
 * Compiles the per-call runner and the loopback server into a temp dir and runs the measurement in
 * a plain `node` process (no tsx loader hooks on the measured code), bounded in time.
 */
export async function runPerCall(options: PerCallOptions = {}): Promise<PerCallResult> {
  const dir = await mkdtemp(join(tmpdir(), "cloudsnap-bench-per-call-"));
  try {
    const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
    await compileForNode({ runner: here("./runner.ts"), server: here("./server.ts") }, dir);
    const child = fork(
      join(dir, "runner.mjs"),
      [join(dir, "server.mjs"), REPO_ROOT, JSON.stringify(options)],
      { execArgv: [], serialization: "advanced", stdio: ["ignore", "inherit", "inherit", "ipc"] },
    );
    const limitMs = (options.budgetMs ?? PER_CALL.budgetMs) + RUNNER_GRACE_MS;
    return await new Promise<PerCallResult>((resolve, reject) => {
      let result: PerCallResult | undefined;
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`the per-call runner took over ${limitMs} ms`));
      }, limitMs);
      child.on("message", (message: { type: string; result: PerCallResult }) => {
        if (message.type === "result") result = message.result;
      });
      child.once("error", reject);
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        if (result) resolve(result);
        else reject(new Error(`the per-call runner ended (${signal ?? `exit ${code}`}) without a result`));
      });
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
