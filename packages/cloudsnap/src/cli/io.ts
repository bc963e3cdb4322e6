// What the CLI touches outside itself, passed in so that tests can run it in-process: its output
// streams, its environment, the fetch its clients use, and the interrupt signal.

import { homedir } from "node:os";

/** Where text goes: process.stdout / process.stderr, or a test's collector. */
export interface TextSink {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Everything the CLI reads or writes besides the network. */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** The terminal's input, watched for Ctrl-C while a spinner holds it in raw mode. */
  readonly stdin?: NodeJS.ReadStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The user's home directory (credential files are read under it). */
  readonly homedir: () => string | undefined;
  /** The fetch every client uses; the global fetch unless a test passes one. */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Registers a Ctrl-C (SIGINT) listener; returns its removal. */
  readonly onInterrupt: (listener: () => void) => () => void;
  /** Milliseconds, like `Date.now`. */
  readonly now: () => number;
}

/** The real process's streams, environment and signals. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    homedir: () => homedir(),
    onInterrupt: (listener) => {
      process.on("SIGINT", listener);
      return () => process.off("SIGINT", listener);
    },
    now: () => Date.now(),
  };
}

/** Writes one line. */
export function writeLine(sink: TextSink, text = ""): void {
  sink.write(`${text}\n`);
}
