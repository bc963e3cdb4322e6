// `cloudsnap create <target>`: checks everything, sends one create, reports it accepted, and with
// --wait follows it until usable. With --dry-run, shows the requests instead of sending them.

import type { Snapshot } from "../../core/snapshot";
import { createSnapshot } from "../../unified/create-snapshot";
import { formatTarget, parseTarget, type Target } from "../../unified/targets";
import { clientsFor, closeClients, credentialsFor, providerOf } from "../clients";
import { booleanFlag, type CommandContext, debugLogger, stringFlag } from "../context";
import { createDryRun, isDryRunStop, secretsOf } from "../dry-run";
import { EXIT, type ExitCode, exitCodeFor } from "../exit-codes";
import type { Reporter } from "../reporter";
import { waitAndReport } from "./wait-for";

const UNKNOWN_OUTCOME =
  "Interrupted before the create answered: the snapshot may or may not have been requested. " +
  "Check on the provider's side before creating it again.";

/** Runs `create`; resolves to the exit code. */
export async function runCreate(context: CommandContext, reporter: Reporter): Promise<ExitCode> {
  const target = parseTarget(context.args.target as string);
  const shown = formatTarget(target);
  if (booleanFlag(context, "dry-run")) return dryRun(context, reporter, target, shown);
  const clients = clientsFor(target, context.io, {
    endpoint: stringFlag(context, "endpoint"),
    profile: stringFlag(context, "profile"),
    logger: debugLogger(context),
  });
  try {
    reporter.creating(shown);
    let snapshot: Snapshot<Target>;
    try {
      snapshot = await createSnapshot(target, {
        ...createOptions(context),
        clients,
        signal: context.interruption.signal,
      });
    } catch (error) {
      if (context.interruption.interrupted()) {
        reporter.interrupted("create", UNKNOWN_OUTCOME, { target: shown });
        return EXIT.interrupted;
      }
      reporter.error(error, { target: shown }, booleanFlag(context, "debug"));
      return exitCodeFor(error);
    }
    const wait = booleanFlag(context, "wait");
    reporter.accepted(shown, snapshot, wait);
    if (wait || snapshot.status === "failed")
      return await waitAndReport(context, reporter, clients, shown, snapshot);
    return EXIT.ok;
  } finally {
    await closeClients(clients);
  }
}

function createOptions(context: CommandContext) {
  const name = stringFlag(context, "name");
  const description = stringFlag(context, "description");
  return {
    ...(name !== undefined ? { name } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(booleanFlag(context, "accept-capacity-risk") ? { acceptCapacityRisk: true } : {}),
  };
}

/**
 * Resolves the credentials (so their values can be scrubbed too), then runs the real create with a
 * fetch that records each request and opens no socket, until a request needs a real answer.
 */
async function dryRun(
  context: CommandContext,
  reporter: Reporter,
  target: Target,
  shown: string,
): Promise<ExitCode> {
  const profile = stringFlag(context, "profile");
  const credentials = credentialsFor(providerOf(target), context.io, profile);
  let dry: ReturnType<typeof createDryRun> | undefined;
  try {
    const resolved = await credentials();
    const recorder = createDryRun(secretsOf(resolved), (request) => reporter.request(request));
    dry = recorder;
    const settings = { endpoint: stringFlag(context, "endpoint"), profile, fetch: recorder.fetch };
    const clients = clientsFor(target, context.io, settings, async () => resolved);
    await createSnapshot(target, {
      ...createOptions(context),
      clients,
      signal: AbortSignal.any([recorder.signal, context.interruption.signal]),
    });
    throw new Error("the dry run ended without stopping at a request");
  } catch (error) {
    const reason: unknown = dry?.signal.reason;
    if (dry && isDryRunStop(reason) && (error === reason || dry.signal.aborted)) {
      const then = booleanFlag(context, "wait")
        ? "; with --wait, the snapshot would then be polled until usable"
        : "";
      reporter.dryRunDone(shown, dry.requests.length, `${reason.message}${then}`);
      return EXIT.ok;
    }
    if (context.interruption.interrupted()) {
      reporter.interrupted("create", "Interrupted during the dry run; nothing was sent.", { target: shown });
      return EXIT.interrupted;
    }
    reporter.error(error, { target: shown }, booleanFlag(context, "debug"));
    return exitCodeFor(error);
  }
}
