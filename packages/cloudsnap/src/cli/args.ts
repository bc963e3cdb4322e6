// The command line: which command, its flags and its arguments, read with Node's `util.parseArgs`
// (strict: an unknown flag or a missing value is a `UsageError`, exit 2, before anything is sent).

import { parseArgs } from "node:util";
import { parseDuration } from "./duration";
import { UsageError } from "./usage-error";

/** One flag of a command, as `--help` shows it. */
export interface FlagSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** The value's placeholder in `--help` (`N`, `ORIGIN`, …). */
  readonly value?: string;
  readonly description: string;
}

/** A command's arguments and flags. */
export interface CommandSpec {
  readonly name: string;
  /** Positional arguments, in order, all required. */
  readonly args: readonly string[];
  readonly summary: string;
  readonly flags: Readonly<Record<string, FlagSpec>>;
}

/** `bulk --concurrency`'s ceiling (snapshotMany's). */
export const MAX_CONCURRENCY = 1024;
/** `bulk --rate`'s ceiling, requests per second (snapshotMany's). */
export const MAX_RATE = 10_000;

const HELP: FlagSpec = { type: "boolean", short: "h", description: "show this help" };
const JSON_FLAG: FlagSpec = {
  type: "boolean",
  description: "print JSON Lines (the default when stdout is not a terminal)",
};
const ENDPOINT: FlagSpec = {
  type: "string",
  value: "ORIGIN",
  description: "send to this origin instead of the provider's default hosts (a mock, a proxy)",
};
const PROFILE: FlagSpec = {
  type: "string",
  value: "P",
  description:
    "read credentials from this profile of ~/.ncloud/configure or section of the Huawei Cloud credentials file, not the environment",
};
const TIMEOUT: FlagSpec = {
  type: "string",
  value: "DURATION",
  description: "give up waiting after 90s, 20m, 1h, … or plain milliseconds (default 30m)",
};
const DEBUG: FlagSpec = {
  type: "boolean",
  description: "log each request and answer (redacted) to stderr; show stack traces",
};

/** Every command, in the order `--help` lists them. */
export const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  create: {
    name: "create",
    args: ["target"],
    summary: "take a snapshot of one volume, optionally waiting until it is usable",
    flags: {
      name: { type: "string", value: "N", description: "the snapshot's name (default: <volume>-<UTC time>)" },
      description: { type: "string", value: "D", description: "the snapshot's description" },
      wait: { type: "boolean", description: "wait until the snapshot is usable" },
      timeout: { ...TIMEOUT, description: `with --wait: ${TIMEOUT.description}` },
      json: JSON_FLAG,
      endpoint: ENDPOINT,
      "dry-run": {
        type: "boolean",
        description: "print the requests that would be sent (secrets redacted) and send nothing",
      },
      profile: PROFILE,
      "accept-capacity-risk": {
        type: "boolean",
        description: "Classic NAS: skip the snapshot reserve check",
      },
      debug: DEBUG,
      help: HELP,
    },
  },
  wait: {
    name: "wait",
    args: ["target", "snapshot-id"],
    summary: "wait until a snapshot is usable (resumes an interrupted `create --wait`)",
    flags: {
      timeout: TIMEOUT,
      json: JSON_FLAG,
      endpoint: ENDPOINT,
      profile: PROFILE,
      debug: DEBUG,
      help: HELP,
    },
  },
  bulk: {
    name: "bulk",
    args: ["targets-file"],
    summary: "snapshot every target of a file (or `-`: stdin), one a line, under a rate limit, resumable",
    flags: {
      journal: {
        type: "string",
        value: "FILE",
        description:
          "record each create in FILE (JSON Lines) and resume from it: run the same command again to finish an interrupted run",
      },
      concurrency: {
        type: "string",
        value: "N",
        description: `targets worked on at once, 1 to ${MAX_CONCURRENCY} (default 16)`,
      },
      rate: {
        type: "string",
        value: "N[/s]",
        description: `requests per second per provider account, at most ${MAX_RATE} (default 5); halved on each 429`,
      },
      wait: { type: "boolean", description: "wait until each snapshot is usable" },
      timeout: { ...TIMEOUT, description: `with --wait, per snapshot: ${TIMEOUT.description}` },
      description: { type: "string", value: "D", description: "a description for every snapshot" },
      json: JSON_FLAG,
      endpoint: ENDPOINT,
      profile: PROFILE,
      help: HELP,
    },
  },
  targets: {
    name: "targets",
    args: [],
    summary: "show how to write a target for each API, with an example",
    flags: { json: JSON_FLAG, help: HELP },
  },
  doctor: {
    name: "doctor",
    args: [],
    summary: "show where credentials are found, which hosts are used, and each provider's clock offset",
    flags: { endpoint: ENDPOINT, profile: PROFILE, json: JSON_FLAG, debug: DEBUG, help: HELP },
  },
};

/** What the command line asks for. */
export type Invocation =
  | { readonly kind: "help"; readonly command?: string }
  | { readonly kind: "version" }
  | {
      readonly kind: "command";
      readonly command: string;
      /** Positional arguments by their names in the spec. */
      readonly args: Readonly<Record<string, string>>;
      readonly flags: Readonly<Record<string, string | boolean | undefined>>;
    };

/** Reads the command line (without `node` and the script). Throws `UsageError` when it is wrong. */
export function parseCommandLine(argv: readonly string[]): Invocation {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    const topic = first === "help" ? rest[0] : undefined;
    if (topic !== undefined && !Object.hasOwn(COMMANDS, topic)) throw unknownCommand(topic);
    return topic === undefined ? { kind: "help" } : { kind: "help", command: topic };
  }
  if (first === "--version") return { kind: "version" };
  if (first.startsWith("-")) throw new UsageError(`expected a command before ${quote(first)}`);
  const spec = COMMANDS[first];
  if (spec === undefined) throw unknownCommand(first);
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...rest],
      options: spec.flags as Record<string, { type: "string" | "boolean"; short?: string }>,
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (error) {
    throw new UsageError(describeParseError(error), spec.name);
  }
  if (parsed.values.help === true) return { kind: "help", command: spec.name };
  const { positionals } = parsed;
  if (positionals.length < spec.args.length) {
    const missing = spec.args.slice(positionals.length).map((name) => `<${name}>`);
    throw new UsageError(`${spec.name} needs ${missing.join(" and ")}`, spec.name);
  }
  if (positionals.length > spec.args.length) {
    const extra = positionals.slice(spec.args.length).map(quote).join(" ");
    throw new UsageError(`${spec.name} takes ${describeArgs(spec)}; unexpected ${extra}`, spec.name);
  }
  const args = Object.fromEntries(spec.args.map((name, i) => [name, positionals[i] as string]));
  checkFlags(spec.name, parsed.values);
  return { kind: "command", command: spec.name, args, flags: parsed.values };
}

function checkFlags(command: string, flags: Record<string, string | boolean | undefined>): void {
  if (typeof flags.timeout === "string") parseDuration(flags.timeout);
  if (typeof flags.rate === "string") parseRate(flags.rate, command);
  if (typeof flags.concurrency === "string") parseConcurrency(flags.concurrency, command);
  if (flags.journal === "") throw new UsageError("--journal must not be empty", command);
  for (const name of ["endpoint", "profile"] as const) {
    if (flags[name] === "") throw new UsageError(`--${name} must not be empty`, command);
  }
  if ((command === "create" || command === "bulk") && flags.timeout !== undefined && flags.wait !== true) {
    throw new UsageError("--timeout bounds the wait: add --wait", command);
  }
}

/** `--rate`: `N` or `N/s`, requests per second, more than 0 and at most 10000 (`0.5` is allowed). */
export function parseRate(text: string, command = "bulk"): number {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(?:\/\s*s)?\s*$/i.exec(text);
  const rate = match ? Number(match[1]) : Number.NaN;
  if (!Number.isFinite(rate)) {
    throw new UsageError(
      `--rate must be requests per second, as N or N/s (such as 5 or 2.5/s); got ${quote(text)}`,
      command,
    );
  }
  if (rate <= 0 || rate > MAX_RATE) {
    throw new UsageError(
      `--rate must be more than 0 and at most ${MAX_RATE} per second; got ${quote(text)}`,
      command,
    );
  }
  return rate;
}

/** `--concurrency`: a whole number from 1 to 1024. */
export function parseConcurrency(text: string, command = "bulk"): number {
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_CONCURRENCY) {
    throw new UsageError(
      `--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}; got ${quote(text)}`,
      command,
    );
  }
  return value;
}

function describeArgs(spec: CommandSpec): string {
  if (spec.args.length === 0) return "no arguments";
  return spec.args.map((name) => `<${name}>`).join(" ");
}

function unknownCommand(name: string): UsageError {
  return new UsageError(
    `unknown command ${quote(name)}; expected one of ${Object.keys(COMMANDS).join(", ")}`,
  );
}

/** `parseArgs`' own messages are clear; keep them, minus Node's advice about `--` for positionals. */
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/\. To specify a positional argument.*$/s, "")
    .replace(/\s+/g, " ")
    .trim();
}

function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
