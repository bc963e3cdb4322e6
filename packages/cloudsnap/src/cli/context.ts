// What every command gets: the parsed flags and arguments, the outside world, and Ctrl-C.

import type { Logger } from "../core/logging";
import type { Interruption } from "./interrupt";
import type { CliIo } from "./io";

/** A command's inputs. */
export interface CommandContext {
  readonly io: CliIo;
  readonly args: Readonly<Record<string, string>>;
  readonly flags: Readonly<Record<string, string | boolean | undefined>>;
  /** JSON Lines output: `--json`, or stdout is not a terminal. */
  readonly json: boolean;
  readonly interruption: Interruption;
}

/** A string flag's value, if given. */
export function stringFlag(context: CommandContext, name: string): string | undefined {
  const value = context.flags[name];
  return typeof value === "string" ? value : undefined;
}

/** Whether a boolean flag was given. */
export function booleanFlag(context: CommandContext, name: string): boolean {
  return context.flags[name] === true;
}

/** `--debug`: one redacted line per request and answer on stderr. */
export function debugLogger(context: CommandContext): Logger | undefined {
  if (!booleanFlag(context, "debug")) return undefined;
  return { debug: (message) => context.io.stderr.write(`[debug] ${message}\n`) };
}
