// The CLI as a function: argv and the outside world in, an exit code out. main.ts binds it to the
// real process; tests call it in-process with their own streams, environment and fetch.

import { version } from "../../package.json";
import { type Invocation, parseCommandLine } from "./args";
import { runBulk } from "./commands/bulk";
import { runCreate } from "./commands/create";
import { runDoctor } from "./commands/doctor";
import { runTargets } from "./commands/targets";
import { runWait } from "./commands/wait";
import type { CommandContext } from "./context";
import { describeErrorLines, errorInfo } from "./describe-error";
import { EXIT, exitCodeFor } from "./exit-codes";
import { formatCommandHelp, formatMainHelp, usageLine } from "./help";
import { watchInterrupts } from "./interrupt";
import { type CliIo, writeLine } from "./io";
import { createHumanReporter } from "./report-human";
import { createJsonReporter, writeEvent } from "./report-json";
import type { Reporter } from "./reporter";
import { isUsageError } from "./usage-error";

type Command = (context: CommandContext, reporter: Reporter) => Promise<number> | number;

/** The commands by name (`bulk` reports through its own BulkReporter, made from the same context). */
const RUN: Readonly<Record<string, Command>> = {
  create: runCreate,
  wait: runWait,
  bulk: runBulk,
  targets: runTargets,
  doctor: runDoctor,
};

/** Runs one command line and resolves to its exit code; never throws. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const json = argv.includes("--json") || io.stdout.isTTY !== true;
  let invocation: Invocation;
  try {
    invocation = parseCommandLine(argv);
  } catch (error) {
    reportEarly(io, json, error);
    return exitCodeFor(error);
  }
  if (invocation.kind === "version") {
    writeLine(io.stdout, version);
    return EXIT.ok;
  }
  if (invocation.kind === "help") {
    io.stdout.write(invocation.command ? formatCommandHelp(invocation.command) : formatMainHelp());
    return EXIT.ok;
  }
  const interruption = watchInterrupts(io);
  const context: CommandContext = {
    io,
    args: invocation.args,
    flags: invocation.flags,
    json: invocation.flags.json === true || io.stdout.isTTY !== true,
    interruption,
  };
  const reporter = context.json
    ? createJsonReporter(io.stdout, io.stderr)
    : createHumanReporter(io, interruption.trigger);
  try {
    return await (RUN[invocation.command] as Command)(context, reporter);
  } catch (error) {
    // Thrown before a request could be sent: a malformed target, a bad flag value, a --profile
    // that does not apply. Everything after the first request is reported by the command itself.
    const target = invocation.args.target;
    reporter.error(error, target === undefined ? {} : { target }, invocation.flags.debug === true);
    if (isUsageError(error) && !context.json)
      writeLine(io.stderr, usageLine(error.command ?? invocation.command));
    return exitCodeFor(error);
  } finally {
    reporter.close();
    interruption.dispose();
  }
}

function reportEarly(io: CliIo, json: boolean, error: unknown): void {
  if (json) writeEvent(io.stdout, { event: "error", error: errorInfo(error) });
  for (const line of describeErrorLines(error, undefined)) writeLine(io.stderr, `cloudsnap: ${line}`);
  if (isUsageError(error)) writeLine(io.stderr, usageLine(error.command));
}
