// Output for people: on a terminal, a clack spinner on stderr with the elapsed time and the
// provider's status while waiting, then a short summary on stdout. Errors go to stderr, one or two
// lines (a stack trace only with --debug).

import type { Writable } from "node:stream";
import { type SpinnerResult, spinner } from "@clack/prompts";
import type { Snapshot } from "../core/snapshot";
import type { Target } from "../unified/targets";
import { describeErrorLines } from "./describe-error";
import { type CliIo, writeLine } from "./io";
import type { Reporter } from "./reporter";

const CTRL_C = "\u0003";

/** The reporter for a terminal. `onCtrlC` runs when Ctrl-C is typed while a spinner holds the terminal. */
export function createHumanReporter(io: CliIo, onCtrlC: () => void): Reporter {
  let active: { spin: SpinnerResult; release: () => void } | undefined;
  const animate = io.stderr.isTTY === true;

  /**
   * clack's spinner puts the terminal in raw mode, where Ctrl-C is a keystroke, not SIGINT, and its
   * own handler for it exits with status 0. Our listener goes first: it stops the spinner (which
   * removes clack's handler before the keystroke reaches it) and reports the interruption.
   */
  const watchCtrlC = (): (() => void) => {
    const stdin = io.stdin;
    if (!animate || !stdin?.isTTY) return () => undefined;
    const onData = (chunk: Buffer | string) => {
      if (!String(chunk).includes(CTRL_C)) return;
      stop("cancel", "Interrupted");
      onCtrlC();
    };
    stdin.prependListener("data", onData);
    return () => {
      stdin.off("data", onData);
      stdin.pause();
    };
  };
  const start = (message: string) => {
    stop("clear");
    if (!animate) {
      writeLine(io.stderr, `${message}…`);
      return;
    }
    const release = watchCtrlC();
    const spin = spinner({
      output: io.stderr as unknown as Writable,
      indicator: "timer",
      withGuide: false,
      cancelMessage: "Interrupted",
    });
    spin.start(message);
    active = { spin, release };
  };
  const stop = (how: "stop" | "error" | "cancel" | "clear", message?: string) => {
    const current = active;
    active = undefined;
    if (current) {
      if (how === "clear") current.spin.clear();
      else current.spin[how](message);
      current.release();
    } else if (message !== undefined && how !== "clear" && !animate) {
      writeLine(io.stderr, message);
    }
  };
  const show = (lines: readonly string[]) => {
    for (const line of lines) writeLine(io.stdout, line);
  };
  return {
    creating: (target) => start(`Creating a snapshot of ${target}`),
    accepted(target, snapshot, willWait) {
      stop("stop", `Accepted: ${label(snapshot)} (${statusText(snapshot)})`);
      if (!willWait) show(summary(target, snapshot));
    },
    waiting: (_target, id) => start(`Waiting for snapshot ${id}`),
    progress(_target, state) {
      const text = `Waiting for snapshot ${state.id}: ${state.status || "…"} (poll ${state.attempt})`;
      if (active) active.spin.message(text);
      else if (!animate) writeLine(io.stderr, text);
    },
    ready(target, snapshot) {
      stop("stop", `Ready: ${label(snapshot)}`);
      show(summary(target, snapshot));
    },
    failed(error, outcome) {
      stop("error", `Failed: snapshot ${outcome.id}`);
      for (const line of describeErrorLines(error, outcome.target)) writeLine(io.stderr, line);
    },
    error(error, outcome, debug) {
      stop("error", "Stopped");
      for (const line of describeErrorLines(error, outcome.target)) writeLine(io.stderr, line);
      if (outcome.resume)
        writeLine(io.stderr, `The snapshot may still finish. Wait again with:\n  ${outcome.resume}`);
      if (debug && error instanceof Error && error.stack) writeLine(io.stderr, error.stack);
    },
    interrupted(_phase, message, outcome) {
      stop("cancel", "Interrupted");
      writeLine(io.stderr, message);
      if (outcome.resume) writeLine(io.stderr, `Resume waiting with:\n  ${outcome.resume}`);
    },
    request(request) {
      show([`${request.method} ${request.url}`]);
      show(Object.entries(request.headers).map(([name, value]) => `  ${name}: ${value}`));
      if (request.body !== undefined) show(["", `  ${request.body}`]);
      if (request.placeholderAnswer) show(["", `  → answered with a ${request.placeholderAnswer}`]);
      show([""]);
    },
    dryRunDone(_target, requests, message) {
      show([`Dry run: ${requests} request${requests === 1 ? "" : "s"} shown, nothing sent; ${message}.`]);
    },
    close: () => stop("clear"),
  };
}

function label(snapshot: Snapshot<Target>): string {
  const name = snapshot.name && snapshot.name !== snapshot.id ? ` "${snapshot.name}"` : "";
  return `${snapshot.api} snapshot ${snapshot.id}${name}`;
}

function statusText(snapshot: Snapshot<Target>): string {
  return snapshot.providerStatus ? `${snapshot.status}, ${snapshot.providerStatus}` : snapshot.status;
}

const NAME_SOURCE = { caller: "", default: " (default name)", provider: " (named by the provider)" };

/** A few aligned lines: what was made, where, and in what state. */
function summary(target: string, snapshot: Snapshot<Target>): string[] {
  const state = snapshot.status === "ready" ? "is ready" : `is ${snapshot.status}`;
  const rows: [string, string | undefined][] = [
    ["id", snapshot.id],
    ["name", snapshot.name ? `${snapshot.name}${NAME_SOURCE[snapshot.nameSource]}` : undefined],
    ["status", statusText(snapshot)],
    ["size", snapshot.sizeBytes !== undefined ? formatBytes(snapshot.sizeBytes) : undefined],
    ["created", snapshot.createdAt],
  ];
  return [
    `Snapshot ${snapshot.id} of ${target} ${state}.`,
    ...rows.filter(([, value]) => value !== undefined).map(([key, value]) => `  ${key.padEnd(8)}${value}`),
  ];
}

function formatBytes(bytes: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}
