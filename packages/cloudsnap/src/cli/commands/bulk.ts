// `cloudsnap bulk <targets-file|->`: every target of a file (or stdin), streamed into snapshotMany
// under each provider account's rate limit, each outcome reported as it happens, then a summary.
// With --journal a run resumes where it stopped; Ctrl-C stops sending new creates and prints the
// command that resumes.

import { untilAborted } from "../../core/abort";
import type { Provider } from "../../core/http-errors";
import type { SnapshotCredentials } from "../../unified/create-snapshot";
import {
  type AccountSummary,
  type SnapshotManyEvent,
  type SnapshotManySummary,
  snapshotMany,
} from "../../unified/snapshot-many";
import { parseTarget, type Target } from "../../unified/targets";
import { parseConcurrency, parseRate } from "../args";
import { credentialsFor, providerOf } from "../clients";
import { booleanFlag, type CommandContext, stringFlag } from "../context";
import { errorInfo } from "../describe-error";
import { parseDuration } from "../duration";
import type { BulkAccountReport, BulkEvent, BulkSummaryEvent } from "../events";
import { EXIT, type ExitCode } from "../exit-codes";
import { createBulkHumanReporter } from "../report-bulk-human";
import { createBulkJsonReporter } from "../report-bulk-json";
import type { BulkReporter } from "../reporter";
import { bulkResumeCommand } from "../resume";
import { openTargets } from "../target-lines";
import { UsageError } from "../usage-error";

/** Runs `bulk`; resolves to the exit code. */
export async function runBulk(context: CommandContext): Promise<ExitCode> {
  const { io } = context;
  const file = context.args["targets-file"] as string;
  const concurrencyText = stringFlag(context, "concurrency");
  const rateText = stringFlag(context, "rate");
  const timeout = stringFlag(context, "timeout");
  const journal = stringFlag(context, "journal");
  const endpoint = stringFlag(context, "endpoint");
  const profile = stringFlag(context, "profile");
  const description = stringFlag(context, "description");
  const wait = booleanFlag(context, "wait");
  const source = await openTargets(file, io.stdin);
  const reporter: BulkReporter = context.json
    ? createBulkJsonReporter(io.stdout, io.stderr)
    : createBulkHumanReporter(io, { wait, journal });
  const tally = new Tally();
  /** seq → line number, for the targets read and not yet done (a few, however long the file). */
  const lineOf = new Map<number, number>();
  let read = 0;
  let ended = false;
  // Ctrl-C also ends the reading: a pull waiting on an idle stdin would otherwise hold the run open.
  const { signal } = context.interruption;
  async function* inputs(): AsyncGenerator<string> {
    const lines = source.lines[Symbol.asyncIterator]();
    for (;;) {
      // untilAborted releases its listener after each pull; racing every pull against one promise
      // that stays pending would keep every line read alive until the run ends.
      let next: IteratorResult<{ line: number; text: string }>;
      try {
        next = await untilAborted(lines.next(), signal);
      } catch (error) {
        if (signal.aborted) return;
        throw error;
      }
      if (next.done) break;
      lineOf.set(read, next.value.line);
      read += 1;
      reporter.read(read);
      yield next.value.text;
    }
    ended = true;
    reporter.total(read);
  }
  source
    .count?.()
    .then((count) => {
      if (!ended) reporter.total(count);
    })
    .catch(() => undefined);

  const onInterrupt = () => reporter.interrupting();
  context.interruption.signal.addEventListener("abort", onInterrupt, { once: true });
  let summary: SnapshotManySummary;
  try {
    summary = await snapshotMany(inputs(), {
      ...(concurrencyText !== undefined ? { concurrency: parseConcurrency(concurrencyText) } : {}),
      ...(rateText !== undefined ? { rate: parseRate(rateText) } : {}),
      wait: wait ? (timeout !== undefined ? { deadlineMs: parseDuration(timeout) } : true) : false,
      ...(journal !== undefined ? { journal } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(endpoint !== undefined ? { endpoint } : {}),
      ...(io.fetch ? { fetch: io.fetch } : {}),
      credentials: credentialsOf(context, profile),
      signal: context.interruption.signal,
      onEvent: (event) => {
        const out = toBulkEvent(event, lineOf, wait, (error) => stoppedBy(context, error));
        if (out) {
          tally.add(out);
          reporter.event(out);
        }
      },
    });
  } finally {
    context.interruption.signal.removeEventListener("abort", onInterrupt);
    await source.close();
    reporter.close();
  }

  const interrupted = summary.interrupted || context.interruption.interrupted();
  const exitCode: ExitCode = interrupted ? EXIT.interrupted : tally.failed > 0 ? EXIT.bulkFailed : EXIT.ok;
  if (interrupted) {
    const resume =
      journal === undefined
        ? undefined
        : bulkResumeCommand(file, {
            journal,
            ...(concurrencyText !== undefined ? { concurrency: concurrencyText } : {}),
            ...(rateText !== undefined ? { rate: rateText } : {}),
            wait,
            ...(timeout !== undefined ? { timeout } : {}),
            ...(description !== undefined ? { description } : {}),
            ...(endpoint !== undefined ? { endpoint } : {}),
            ...(profile !== undefined ? { profile } : {}),
            json: booleanFlag(context, "json"),
          });
    reporter.interrupted(interruptionMessage(journal, file, tally), resume);
  }
  reporter.summary(tally.summary(summary, journal, exitCode, interrupted));
  return exitCode;
}

function interruptionMessage(journal: string | undefined, file: string, tally: Tally): string {
  const stdin = file === "-" ? " Give it the same targets on stdin, in the same order." : "";
  if (journal !== undefined) {
    return `Interrupted: no new create was sent; the creates in flight were finished and recorded in ${journal}.${stdin}`;
  }
  const made = tally.created + tally.found;
  return (
    `Interrupted: no new create was sent; the creates in flight were finished. This run had no --journal, ` +
    `so it cannot be resumed: running it again would create the ${made} snapshot${made === 1 ? "" : "s"} made so far a second time.`
  );
}

/**
 * Each provider's credentials as `create` finds them (this environment and home, or one --profile).
 * ZStack has no credential file: with --profile, its targets fail with the reason, the others run.
 */
function credentialsOf(context: CommandContext, profile: string | undefined): SnapshotCredentials {
  const of = (provider: Provider) => credentialsFor(provider, context.io, profile) as never;
  const noZStackProfile = () =>
    Promise.reject(new UsageError("--profile: ZStack credentials come from the environment only (ZSTACK_*)"));
  return {
    ncloud: of("ncloud"),
    huaweicloud: of("huaweicloud"),
    zstack: profile === undefined ? of("zstack") : (noZStackProfile as never),
  };
}

/** A library event as a JSON line, with the target's line number; `undefined` for none. */
function toBulkEvent(
  event: SnapshotManyEvent,
  lineOf: Map<number, number>,
  wait: boolean,
  stopped: (error: unknown) => boolean,
): BulkEvent | undefined {
  if (event.type === "throttled") {
    return {
      event: "bulk-throttled",
      account: accountName(event.account),
      pauseMs: event.pauseMs,
      rate: event.rate,
      ...(event.retryAfterMs !== undefined ? { retryAfterMs: event.retryAfterMs } : {}),
    };
  }
  const line = lineOf.get(event.seq) ?? 0;
  const where = { seq: event.seq, line, target: event.target };
  const done = (out: BulkEvent) => {
    lineOf.delete(event.seq);
    return out;
  };
  switch (event.type) {
    case "accepted":
      return wait
        ? { event: "bulk-accepted", ...where, snapshot: event.snapshot }
        : done({ event: "bulk-accepted", ...where, snapshot: event.snapshot });
    case "found":
      return wait
        ? { event: "bulk-found", ...where, snapshot: event.snapshot }
        : done({ event: "bulk-found", ...where, snapshot: event.snapshot });
    case "ready":
      return done({ event: "bulk-ready", ...where, snapshot: event.snapshot });
    case "skipped":
      return done({ event: "bulk-skipped", ...where, outcome: event.outcome });
    case "failed":
      return done({
        event: "bulk-failed",
        ...where,
        error: errorInfo(event.error),
        retryable: event.retryable,
        // A wait that Ctrl-C stopped is not a failure: running again resumes it.
        ...(event.retryable && stopped(event.error) ? { stopped: true } : {}),
      });
    case "progress":
      return {
        event: "bulk-progress",
        ...where,
        id: event.state.id,
        status: event.state.status,
        attempt: event.state.attempt,
        elapsedMs: Math.round(event.state.elapsedMs),
        operation: event.state.operation,
      };
  }
}

/** Whether an error is Ctrl-C's abort (of a wait), not the provider's answer. */
function stoppedBy(context: CommandContext, error: unknown): boolean {
  if (!context.interruption.interrupted()) return false;
  const reason: unknown = context.interruption.signal.reason;
  const name = (error as { name?: unknown })?.name;
  return (
    error === reason ||
    (error as { cause?: unknown })?.cause === reason ||
    name === "AbortError" ||
    name === "InterruptedError"
  );
}

/** An account as snapshotMany names it, without its internal credentials number (one set per provider here). */
function accountName(label: string): string {
  return label.replace(/ credentials c\d+$/, "");
}

interface Counts {
  created: number;
  found: number;
  skipped: number;
  ready: number;
  failed: number;
}

const zero = (): Counts => ({ created: 0, found: 0, skipped: 0, ready: 0, failed: 0 });

/**
 * Outcomes per provider account. An account is a provider and its site (NAVER Cloud) or region
 * (Huawei Cloud): the scope snapshotMany keys its clients and rate limiters by, here where the
 * endpoint and the credentials are the same for every target.
 */
class Tally {
  created = 0;
  found = 0;
  skipped = 0;
  ready = 0;
  failed = 0;
  stopped = 0;
  invalid = 0;
  readonly #byScope = new Map<string, Counts>();

  add(event: BulkEvent): void {
    if (!("seq" in event) || event.event === "bulk-progress") return;
    if (event.event === "bulk-failed" && event.stopped) {
      this.stopped += 1;
      return;
    }
    const key = scopeOf(event.target);
    if (key === undefined) {
      this.invalid += 1;
      this.failed += 1;
      return;
    }
    let counts = this.#byScope.get(key);
    if (counts === undefined) {
      counts = zero();
      this.#byScope.set(key, counts);
    }
    const field: keyof Counts | undefined =
      event.event === "bulk-accepted"
        ? "created"
        : event.event === "bulk-found"
          ? "found"
          : event.event === "bulk-skipped"
            ? "skipped"
            : event.event === "bulk-ready"
              ? "ready"
              : event.event === "bulk-failed"
                ? "failed"
                : undefined;
    if (field === undefined) return;
    counts[field] += 1;
    this[field] += 1;
  }

  summary(
    run: SnapshotManySummary,
    journal: string | undefined,
    exitCode: ExitCode,
    interrupted: boolean,
  ): BulkSummaryEvent {
    const accounts: BulkAccountReport[] = run.accounts.map((account) => {
      const counts = this.#byScope.get(scopeOfAccount(account)) ?? zero();
      return {
        account: accountName(account.account),
        provider: account.provider,
        ...counts,
        requests: account.requests,
        throttled: account.throttled,
        ceiling: account.ceiling,
        achievedRate: round(account.achievedRate),
      };
    });
    return {
      event: "bulk-summary",
      total: run.total,
      created: this.created,
      found: this.found,
      ready: this.ready,
      skipped: this.skipped,
      failed: this.failed,
      stopped: this.stopped,
      elapsedMs: Math.round(run.elapsedMs),
      interrupted,
      journal: journal ?? null,
      accounts,
      exitCode,
    };
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** `ncloud|public`, `huaweicloud|ap-southeast-1`, `zstack|`: a target's account scope. */
function scopeOf(text: string): string | undefined {
  let target: Target;
  try {
    target = parseTarget(text);
  } catch {
    return undefined;
  }
  const provider = providerOf(target);
  const scope =
    provider === "ncloud"
      ? ((target as { site?: string }).site ?? "public")
      : provider === "huaweicloud"
        ? ((target as { region?: string }).region ?? "")
        : "";
  return `${provider}|${scope}`;
}

/** The same scope, read back from snapshotMany's account name (provider, then the scope when set). */
function scopeOfAccount(account: AccountSummary): string {
  const second = account.account.split(" ")[1] ?? "";
  const scope = second === "default" || second.includes("://") || /^credentials$/.test(second) ? "" : second;
  return `${account.provider}|${scope}`;
}
