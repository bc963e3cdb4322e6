import { spawn } from "node:child_process";

/** What a finished child process left behind. */
export interface CommandResult {
  /** The command line, for messages (arguments joined with spaces, never the environment). */
  readonly command: string;
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly durationMs: number;
  /** True when the child was killed because it outlived `timeoutMs`. */
  readonly timedOut: boolean;
}

/** Where and how long a child may run. */
export interface RunOptions {
  readonly cwd: string;
  /** The child's whole environment (nothing is inherited unless passed here). */
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs: number;
}

/**
 * Runs `file args` without a shell and collects its output. Never rejects for a non-zero exit (the
 * caller decides); rejects only when the file cannot be spawned. The child leads its own process
 * group, so a timeout kills what it started too (npm runs install scripts as grandchildren).
 */
export function runCommand(
  file: string,
  args: readonly string[],
  options: RunOptions,
): Promise<CommandResult> {
  const command = [file, ...args].join(" ");
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: process.platform !== "win32",
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child.pid);
    }, options.timeoutMs);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`could not start ${command}: ${error.message}`, { cause: error }));
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        command,
        code,
        signal,
        stdout,
        stderr,
        durationMs: Math.round(performance.now() - started),
        timedOut,
      });
    });
  });
}

function killTree(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    // The negative id addresses the child's own process group (see `detached` above).
    process.kill(process.platform === "win32" ? pid : -pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** Replaces every occurrence of each secret (of four or more characters) with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 4) out = out.replaceAll(secret, "***");
  return out;
}

const TAIL_CHARS = 6_000;

/**
 * A readable, redacted account of a failed step: what ran, how it ended, and the tail of its
 * stderr and stdout.
 */
export function describeFailure(
  step: string,
  result: CommandResult,
  secrets: readonly string[] = [],
): string {
  const ending = result.timedOut
    ? `timed out after ${result.durationMs} ms`
    : result.signal
      ? `was killed by ${result.signal} after ${result.durationMs} ms`
      : `exited with code ${result.code} after ${result.durationMs} ms`;
  const section = (name: string, text: string) => {
    const trimmed = text.trim();
    if (trimmed === "") return `--- ${name}: (empty)`;
    const tail = trimmed.length > TAIL_CHARS ? `…${trimmed.slice(-TAIL_CHARS)}` : trimmed;
    return `--- ${name} ---\n${tail}`;
  };
  return redact(
    [
      `${step}: \`${result.command}\` ${ending}`,
      section("stderr", result.stderr),
      section("stdout", result.stdout),
    ].join("\n"),
    secrets,
  );
}

/** True when the child exited 0 on its own. */
export function succeeded(result: CommandResult): boolean {
  return result.code === 0 && !result.timedOut;
}
