import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const LISTENING = /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/;
const START_TIMEOUT_MS = 60_000;

/** The workspace's own pinned Prism CLI (never a global install). */
export function prismBin(): string {
  const manifest = require.resolve("@stoplight/prism-cli/package.json");
  const pkg = require(manifest) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === "string" ? pkg.bin : (pkg.bin.prism as string);
  return join(dirname(manifest), bin);
}

/** Running Prism mocks, one per spec, and a way to stop them all. */
export interface MockServers {
  /** Origin of each spec's mock, keyed by the name given to `startMocks`. */
  readonly urls: Readonly<Record<string, string>>;
  /** Stops every instance; safe to call more than once. */
  stop(): Promise<void>;
}

/** Starts one `prism mock --errors` per spec on a free loopback port and waits until each listens. */
export async function startMocks(specs: Readonly<Record<string, string>>): Promise<MockServers> {
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopChild));
  };
  try {
    const entries = await Promise.all(
      Object.entries(specs).map(async ([name, spec]) => {
        const child = spawn(
          process.execPath,
          [prismBin(), "mock", spec, "--errors", "-h", "127.0.0.1", "-p", "0"],
          {
            stdio: ["ignore", "pipe", "pipe"],
            env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
          },
        );
        children.push(child);
        return [name, await waitForListening(child, spec)] as const;
      }),
    );
    return { urls: Object.fromEntries(entries), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForListening(child: ChildProcess, spec: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => fail(new Error(`Prism did not start for ${spec} within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match?.[1]) {
        cleanup();
        // Keep draining output so a chatty Prism never blocks on a full pipe.
        child.stdout?.resume();
        child.stderr?.resume();
        resolve(match[1]);
      }
    };
    const onExit = (code: number | null) =>
      fail(new Error(`Prism exited (${code}) for ${spec}:\n${output.slice(-2000)}`));
    const fail = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
