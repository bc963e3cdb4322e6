// `cloudsnap wait <target> <snapshot-id>`: waits for a snapshot made earlier (or by an interrupted
// `create --wait`) until it is usable.

import { formatTarget, parseTarget } from "../../unified/targets";
import { clientsFor, closeClients } from "../clients";
import { type CommandContext, debugLogger, stringFlag } from "../context";
import type { ExitCode } from "../exit-codes";
import type { Reporter } from "../reporter";
import { UsageError } from "../usage-error";
import { waitAndReport } from "./wait-for";

/** Runs `wait`; resolves to the exit code. */
export async function runWait(context: CommandContext, reporter: Reporter): Promise<ExitCode> {
  const target = parseTarget(context.args.target as string);
  const id = (context.args["snapshot-id"] as string).trim();
  if (id === "") throw new UsageError("<snapshot-id> must not be empty", "wait");
  const clients = clientsFor(target, context.io, {
    endpoint: stringFlag(context, "endpoint"),
    profile: stringFlag(context, "profile"),
    logger: debugLogger(context),
  });
  try {
    return await waitAndReport(context, reporter, clients, formatTarget(target), { target, id });
  } finally {
    await closeClients(clients);
  }
}
