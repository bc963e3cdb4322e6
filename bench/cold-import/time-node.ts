import { spawn } from "node:child_process";
import { consumerEnv } from "../../scripts/packaging/child-env";

/** One timed `node` run: wall time from spawn to exit, or why it failed. */
export type NodeRun =
  | { readonly ok: true; readonly ms: number }
  | { readonly ok: false; readonly error: string };

/**
 * Runs `node args` in `cwd` and times it from spawn to exit, with sub-millisecond precision (the
 * packaging helper `runCommand` rounds to whole ms and buffers stdout, so it is not used here). The
 * child gets the consumer environment (PATH and temp dirs only), so nothing of the bench leaks in.
 */
export function timeNode(args: readonly string[], cwd: string, timeoutMs: number): Promise<NodeRun> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd,
      env: consumerEnv({}),
      stdio: ["ignore", "ignore", "pipe"],
      timeout: timeoutMs,
      killSignal: "SIGKILL",
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      if (stderr.length < 4_000) stderr += chunk;
    });
    child.once("error", (error) => resolve({ ok: false, error: error.message }));
    child.once("exit", (code, signal) => {
      const ms = performance.now() - started;
      if (code === 0) return resolve({ ok: true, ms });
      const line = stderr.split("\n").find((l) => /Error|error:/.test(l)) ?? stderr.split("\n")[0] ?? "";
      resolve({ ok: false, error: signal ? `killed by ${signal} after ${Math.round(ms)} ms` : line.trim() });
    });
  });
}
