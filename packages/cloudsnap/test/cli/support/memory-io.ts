// An in-process CliIo: collected output, a given environment, no real home, a fetch that fails the
// test if anything tries to use the network, and a Ctrl-C the test can press.

import type { CliIo } from "../../../src/cli/io";

/** A CliIo for one in-process run, with what it printed. */
export interface MemoryIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
  /** stdout as JSON Lines. */
  readonly events: () => Record<string, unknown>[];
  /** Presses Ctrl-C. */
  readonly interrupt: () => void;
}

/** A fetch that must never be called. */
export const NO_NETWORK = (request: Request): Promise<Response> => {
  throw new Error(`unexpected request to ${request.url}`);
};

/** Output collected in memory; stdout is not a terminal (so JSON Lines) unless `tty` is set. */
export function memoryIo(
  env: Readonly<Record<string, string>>,
  options: { fetch?: (request: Request) => Promise<Response>; tty?: boolean } = {},
): MemoryIo {
  let out = "";
  let err = "";
  const listeners = new Set<() => void>();
  return {
    stdout: {
      write: (text: string) => {
        out += text;
      },
      isTTY: options.tty === true,
    },
    stderr: {
      write: (text: string) => {
        err += text;
      },
      isTTY: false,
    },
    env,
    homedir: () => undefined,
    fetch: options.fetch ?? NO_NETWORK,
    onInterrupt: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    now: () => Date.now(),
    out: () => out,
    err: () => err,
    events: () =>
      out
        .split("\n")
        .filter((line) => line !== "")
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    interrupt: () => {
      for (const listener of [...listeners]) listener();
    },
  };
}
