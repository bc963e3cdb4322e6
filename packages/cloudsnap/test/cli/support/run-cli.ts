// Runs the built CLI (dist/cli.js) as a child process, the way a person would: its own environment
// (credentials in the variables each cloud's tools read), HOME in a fresh temporary folder so no
// real credential file is ever read, and stdout a pipe (so JSON Lines, unless a test says otherwise).

import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The bin as `npm i cloudsnap` installs it. */
export const CLI = fileURLToPath(new URL("../../../dist/cli.js", import.meta.url));

/** Placeholder credentials for every cloud; none is real, and none may ever be printed. */
export const TEST_CREDENTIALS = {
  NCLOUD_ACCESS_KEY_ID: "AKCLITEST000000000001",
  NCLOUD_SECRET_ACCESS_KEY: "cli-test-secret-ncloud-0123456789",
  HUAWEICLOUD_SDK_AK: "HWCLITEST00000000001",
  HUAWEICLOUD_SDK_SK: "cli-test-secret-huawei-0123456789",
  HUAWEICLOUD_SDK_PROJECT_ID: "0123456789abcdef0123456789abcdef",
  ZSTACK_ACCESS_KEY_ID: "ZSCLITEST00000000001",
  ZSTACK_ACCESS_KEY_SECRET: "cli-test-secret-zstack-0123456789",
} as const;

/** The secret values above: a test fails if any shows up in any output. */
export const TEST_SECRETS = [
  TEST_CREDENTIALS.NCLOUD_SECRET_ACCESS_KEY,
  TEST_CREDENTIALS.HUAWEICLOUD_SDK_SK,
  TEST_CREDENTIALS.ZSTACK_ACCESS_KEY_SECRET,
];

/** One finished run. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout parsed as JSON Lines. */
  readonly events: Record<string, unknown>[];
}

/** A fresh, empty home directory. */
export function emptyHome(): string {
  return mkdtempSync(join(tmpdir(), "cloudsnap-cli-home-"));
}

/** The child's whole environment: PATH, an empty HOME, the given variables; nothing else inherited. */
export function cliEnv(extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    HOME: emptyHome(),
    NO_COLOR: "1",
    ...extra,
  };
}

/** Runs `node dist/cli.js …args` to its end (killed after `timeoutMs`); `input` is written to its stdin. */
export function runCli(
  args: readonly string[],
  options: { env?: Readonly<Record<string, string>>; timeoutMs?: number; input?: string } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: options.env ?? cliEnv(TEST_CREDENTIALS),
      stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 30_000);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve(finished(code, stdout, stderr));
    });
  });
}

/** A run's result; `events` parses stdout only when asked (help and version print plain text). */
function finished(code: number | null, stdout: string, stderr: string): CliRun {
  return {
    code,
    stdout,
    stderr,
    get events() {
      return parseLines(stdout);
    },
  };
}

/** Runs a command line through `sh -c`, exactly as written (a printed resume command). */
export function runShell(
  command: string,
  env: Readonly<Record<string, string>>,
  timeoutMs = 30_000,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("sh", ["-c", command], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve(finished(code, stdout, stderr));
    });
  });
}

/** JSON Lines → objects; a line that is not JSON fails loudly with the line. */
export function parseLines(text: string): Record<string, unknown>[] {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`not a JSON line: ${line}`);
      }
    });
}

/**
 * A folder holding a `cloudsnap` command that runs this build, for PATH: the printed resume
 * command can then be run exactly as printed, as a person would paste it.
 */
export function binDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "cloudsnap-cli-bin-"));
  const shim = join(dir, "cloudsnap");
  writeFileSync(shim, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} "$@"\n`);
  chmodSync(shim, 0o755);
  return dir;
}

/** A running CLI whose stdout is read line by line, for tests that act mid-run (Ctrl-C). */
export interface LiveCli {
  readonly child: ChildProcess;
  /** Resolves with the first JSON line that matches (rejects after `timeoutMs`). */
  waitForEvent(
    match: (event: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  /** Resolves when the process ends. */
  done: Promise<CliRun>;
}

/**
 * Starts `node dist/cli.js …args` and lets the test watch its JSON Lines as they come. With `input`,
 * stdin is a pipe that gets that text and stays open (an idle stdin) until the test ends it.
 */
export function startCli(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  options: { input?: string } = {},
): LiveCli {
  const child = spawn(process.execPath, [CLI, ...args], {
    env,
    stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
  });
  if (options.input !== undefined) child.stdin?.write(options.input);
  let stdout = "";
  let stderr = "";
  const waiters = new Set<() => void>();
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    for (const check of [...waiters]) check();
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  const done = new Promise<CliRun>((resolve) => {
    child.once("close", (code) => {
      clearTimeout(killer);
      for (const check of [...waiters]) check();
      resolve(finished(code, stdout, stderr));
    });
  });
  const waitForEvent = (match: (event: Record<string, unknown>) => boolean, timeoutMs = 15_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(
          new Error(
            `no matching event within ${timeoutMs} ms; stdout so far:\n${stdout}\nstderr:\n${stderr}`,
          ),
        );
      }, timeoutMs);
      const check = () => {
        const found = parseLines(stdout.slice(0, stdout.lastIndexOf("\n") + 1)).find(match);
        if (found) {
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        } else if (child.exitCode !== null) {
          clearTimeout(timer);
          waiters.delete(check);
          reject(
            new Error(`the CLI ended (${child.exitCode}) before a matching event:\n${stdout}\n${stderr}`),
          );
        }
      };
      waiters.add(check);
      check();
    });
  return { child, waitForEvent, done };
}
