// snapshotMany: thousands of targets under each provider account's rate limit, streamed (never
// loaded whole), resumable after a crash through a journal, and never a duplicate snapshot.
//
// Per target: check it → ask the journal what is known → look up an uncertain create → record the
// intent (flushed) → create → record the outcome (flushed) → wait, if asked → record that outcome.

import { CloudsnapError, createValidationError } from "../core/errors";
import {
  isClientError,
  isConflictError,
  isCredentialsError,
  isRateLimitError,
  isSigningError,
  isSnapshotFailedError,
  isValidationError,
} from "../core/guards";
import type { Provider } from "../core/http-errors";
import {
  type AdapterContext,
  type Recovery,
  readOptionalClock,
  type Snapshot,
  type SnapshotAdapter,
  type SnapshotProgress,
  type SnapshotWaitOptions,
} from "../core/snapshot";
import { DEFAULT_WAITER_TUNING, resolveWaiterOptions, type WaiterOptions } from "../core/waiting";
import { checkPerProvider, failedAtCreate, type SnapshotCredentials } from "./create-snapshot";
import { type IntentRecord, Journal, JournalError, type OutcomeKind, type OutcomeRecord } from "./journal";
import { AccountLimiter, limitedFetch, type ThrottleNotice } from "./rate-limiter";
import { ADAPTERS, formatTarget, type Target, type TargetInput, toTarget } from "./targets";

/**
 * Requests per second per account when the caller sets no `rate`. No provider publishes a numeric
 * limit for these APIs, so each default is deliberately low:
 * - NAVER Cloud: the API Gateway throttles with 429 and codes 400/410/420, no number published
 *   (https://api.ncloud-docs.com/docs/en/common-ncpapi, "API Gateway error codes");
 * - Huawei Cloud: the gateway throttles with 429 `APIG.0308` ("over ratelimit, limit:XX, time:1
 *   second"); the EVS API reference publishes no per-API limit
 *   (https://support.huaweicloud.com/intl/en-us/api-evs/evs_04_0028.html);
 * - ZStack: self-hosted, no documented limit; its user guide warns against frequent snapshots.
 */
export const DEFAULT_RATES: Readonly<Record<Provider, number>> = { ncloud: 5, huaweicloud: 5, zstack: 5 };
const DEFAULT_CONCURRENCY = 16;
const MAX_CONCURRENCY = 1024;

/** Options of {@link snapshotMany}. */
export interface SnapshotManyOptions {
  /** Targets worked on at once (default 16). */
  readonly concurrency?: number;
  /**
   * Ceiling in requests per second per provider account (creates, polls, logins together): one
   * number for every provider, or one per provider. Defaults: {@link DEFAULT_RATES}.
   */
  readonly rate?: number | Readonly<Partial<Record<Provider, number>>>;
  /** Wait until each snapshot is usable: `true`, or waiter tuning (`deadlineMs`, `intervalMs`, …). */
  readonly wait?: boolean | Omit<SnapshotWaitOptions, "signal" | "onProgress">;
  /** Path of the journal file (JSON Lines): re-run with the same one to resume. Node, Deno, Bun. */
  readonly journal?: string;
  /** Stops sending new creates; creates already sent are finished and recorded; waits stop. */
  readonly signal?: AbortSignal;
  /** Called with every event, in order; a throw stops the run (after recording what is in flight). */
  readonly onEvent?: (event: SnapshotManyEvent) => unknown;
  /** A description for every snapshot (where the API takes one). */
  readonly description?: string;
  /** Credentials per provider (each provider's default chain when left out). */
  readonly credentials?: SnapshotCredentials;
  /** One origin that replaces every default host, for every target. */
  readonly endpoint?: string;
  /** The moment default names record (a new journal keeps it; a resumed one has its own). */
  readonly now?: Date | (() => Date);
  /** @internal Tests: the fetch every client uses (under the rate limit). */
  readonly fetch?: (request: Request) => Promise<Response>;
}

/** One thing that happened to one target (or, for `throttled`, to one account). */
export type SnapshotManyEvent =
  | {
      readonly type: "accepted";
      readonly seq: number;
      readonly target: string;
      readonly snapshot: Snapshot<Target>;
    }
  | {
      readonly type: "found";
      readonly seq: number;
      readonly target: string;
      readonly snapshot: Snapshot<Target>;
    }
  | {
      readonly type: "ready";
      readonly seq: number;
      readonly target: string;
      readonly snapshot: Snapshot<Target>;
    }
  | {
      readonly type: "failed";
      readonly seq: number;
      readonly target: string;
      readonly error: unknown;
      /** Whether a re-run with the journal will try this target again (its outcome is not final). */
      readonly retryable: boolean;
    }
  | { readonly type: "skipped"; readonly seq: number; readonly target: string; readonly outcome: OutcomeKind }
  | {
      readonly type: "progress";
      readonly seq: number;
      readonly target: string;
      readonly state: SnapshotProgress;
    }
  | ({ readonly type: "throttled" } & ThrottleNotice);

/** One account's share of a run. */
export interface AccountSummary {
  readonly account: string;
  readonly provider: Provider;
  readonly requests: number;
  readonly throttled: number;
  /** The ceiling, requests per second. */
  readonly ceiling: number;
  /** Requests per second achieved between this account's first and last request. */
  readonly achievedRate: number;
}

/** What a run did. */
export interface SnapshotManySummary {
  readonly total: number;
  /** Creates sent and accepted in this run. */
  readonly created: number;
  /** Creates of an earlier, interrupted run found at the provider (not sent again). */
  readonly found: number;
  /** Snapshots seen usable (with `wait`). */
  readonly ready: number;
  readonly failed: number;
  /** Targets the journal already recorded as done. */
  readonly skipped: number;
  readonly elapsedMs: number;
  /** Stopped by the signal before every target was worked on. */
  readonly interrupted: boolean;
  readonly accounts: readonly AccountSummary[];
}

const OPTIONS = [
  "concurrency",
  "rate",
  "wait",
  "journal",
  "signal",
  "onEvent",
  "description",
  "credentials",
  "endpoint",
  "now",
  "fetch",
] as const;

/**
 * Snapshots every target of a (possibly endless, async) iterable, `concurrency` at a time, each
 * provider account under its own token bucket. Resolves to a summary; per-target outcomes arrive
 * as events. With a `journal`, a re-run resumes: recorded targets are skipped, and a create that
 * was sent but has no recorded outcome is first looked up at the provider, and made again only if
 * the provider shows nothing.
 */
export async function snapshotMany(
  targets: Iterable<TargetInput> | AsyncIterable<TargetInput>,
  options: SnapshotManyOptions = {},
): Promise<SnapshotManySummary> {
  const settings = checkOptions(targets, options);
  const started = performance.now();
  const journal = settings.journal ? await Journal.open(settings.journal, settings.now) : undefined;
  const nameAt = journal ? new Date(journal.header.nameAt) : settings.now;
  const limiters = new Map<string, AccountLimiter>();
  const counts = { total: 0, created: 0, found: 0, ready: 0, failed: 0, skipped: 0 };
  let fatal: { error: unknown } | undefined;
  const emit = (event: SnapshotManyEvent) => {
    if (!settings.onEvent) return;
    try {
      settings.onEvent(event);
    } catch (error) {
      fatal ??= { error };
    }
  };
  const clients = new Map<string, unknown>();
  const context: AdapterContext = {
    clients: undefined,
    credentials: settings.credentials,
    endpoint: settings.endpoint,
    cache: clients,
    fetch: (account) => {
      const provider = account.slice(0, account.indexOf("|")) as Provider;
      const limiter = new AccountLimiter(accountLabel(account), settings.rateOf(provider), {
        onThrottle: (notice) => emit({ type: "throttled", ...notice }),
      });
      limiters.set(account, limiter);
      return limitedFetch(limiter, settings.fetch);
    },
  };
  const volumeLocks = new Map<string, Promise<void>>();
  const iterator = toAsyncIterator(targets);
  let seq = 0;
  let pulling: Promise<IteratorResult<TargetInput>> | undefined;
  const stopped = () => fatal !== undefined || settings.signal?.aborted === true;

  const next = async (): Promise<{ seq: number; input: TargetInput } | undefined> => {
    while (pulling) await pulling.catch(() => undefined);
    if (stopped()) return undefined;
    pulling = iterator.next();
    try {
      const result = await pulling;
      if (result.done) return undefined;
      counts.total += 1;
      return { seq: seq++, input: result.value };
    } finally {
      pulling = undefined;
    }
  };

  const work = async (seqNo: number, input: TargetInput): Promise<void> => {
    let target: Target;
    let text: string;
    try {
      target = toTarget(input);
      text = formatTarget(target);
    } catch (error) {
      counts.failed += 1;
      emit({
        type: "failed",
        seq: seqNo,
        target: typeof input === "string" ? input.trim() : "",
        error,
        retryable: false,
      });
      return;
    }
    const adapter = ADAPTERS[target.api] as unknown as SnapshotAdapter<Target, unknown>;
    const client = adapter.client(target, context);
    const entry = journal?.entry(seqNo, text);
    const waitFor = async (snapshot: Snapshot<Target>) => {
      if (!settings.wait || snapshot.status === "ready") return snapshot;
      return adapter.wait(client, snapshot, {
        ...settings.wait,
        ...(settings.signal ? { signal: settings.signal } : {}),
        onProgress: (state) => emit({ type: "progress", seq: seqNo, target: text, state }),
      });
    };
    const record = async (outcome: OutcomeKind, snapshot?: Snapshot<Target>, error?: unknown) => {
      await journal?.record(outcomeRecord(seqNo, text, outcome, snapshot, error));
    };
    const finish = async (snapshot: Snapshot<Target>) => {
      if (!settings.wait) return;
      const ready = await waitFor(snapshot);
      await record("ready", ready);
      counts.ready += 1;
      emit({ type: "ready", seq: seqNo, target: text, snapshot: ready });
    };

    try {
      // Already done in an earlier run? A snapshot that failed stays failed (trying again would make a
      // second one); a create the provider refused made nothing, so it is tried again, from scratch.
      const outcome = entry?.outcome?.outcome;
      const refusedBefore = outcome === "failed" && entry?.outcome?.error?.name !== "SnapshotFailedError";
      if (
        outcome === "ready" ||
        (outcome === "failed" && !refusedBefore) ||
        ((outcome === "created" || outcome === "found") && !settings.wait)
      ) {
        counts.skipped += 1;
        emit({ type: "skipped", seq: seqNo, target: text, outcome });
        return;
      }
      if ((outcome === "created" || outcome === "found") && entry?.outcome?.snapshot) {
        const known = entry.outcome.snapshot;
        const ref = { target, id: known.id, name: known.name, nameSource: "default" as const };
        const ready = await adapter.wait(client, ref, {
          ...(settings.wait || {}),
          ...(settings.signal ? { signal: settings.signal } : {}),
          onProgress: (state) => emit({ type: "progress", seq: seqNo, target: text, state }),
        });
        await record("ready", ready);
        counts.ready += 1;
        emit({ type: "ready", seq: seqNo, target: text, snapshot: ready });
        return;
      }
      // Sent before a crash, outcome unknown: look it up first.
      let intent: IntentRecord | undefined = refusedBefore ? undefined : entry?.intent;
      if (intent) {
        const found = await adapter.find(client, target, intent, {});
        if (found) {
          // Made, and failed since: recorded as failed (never made again), not as done.
          if (found.status === "failed") throw failedAtCreate(found);
          await record("found", found);
          counts.found += 1;
          emit({ type: "found", seq: seqNo, target: text, snapshot: found });
          await finish(found);
          return;
        }
      }
      if (stopped()) return;
      const recovery: Recovery = intent?.resourceUuid
        ? { resourceUuid: intent.resourceUuid, ...(intent.jobUuid ? { jobUuid: intent.jobUuid } : {}) }
        : journal
          ? await adapter.prepare(client, target, {})
          : {};
      const name = intent?.name ?? adapter.defaultName(target, nameAt);
      intent = {
        type: "intent",
        seq: seqNo,
        target: text,
        ...(name !== undefined ? { name } : {}),
        ...recovery,
        at: new Date().toISOString(),
      };
      // Stopped while preparing (a NAS list, say): no intent, no create. Once the intent is being
      // recorded, the create goes out and its outcome is recorded: every intent gets an outcome.
      if (stopped()) return;
      await journal?.record(intent);
      let snapshot: Snapshot<Target>;
      try {
        snapshot = await adapter.create(client, target, {
          name,
          nameSource: name === undefined ? "provider" : "default",
          description: settings.description,
          call: {},
          ...(recovery.resourceUuid ? { resourceUuid: recovery.resourceUuid } : {}),
          ...(recovery.jobUuid ? { jobUuid: recovery.jobUuid } : {}),
        });
      } catch (error) {
        // A refusal proves the create did not run: recorded, so that a re-run tries it again without a
        // lookup. Anything else stays uncertain, so that a re-run looks it up (and makes it only if
        // the provider shows nothing).
        if (provesNothingRan(error)) await record("failed", undefined, error);
        throw error;
      }
      if (snapshot.status === "failed") throw failedAtCreate(snapshot);
      await record("created", snapshot);
      counts.created += 1;
      emit({ type: "accepted", seq: seqNo, target: text, snapshot });
      await finish(snapshot);
    } catch (error) {
      if (error instanceof JournalError) {
        fatal ??= { error };
        return;
      }
      if (isSnapshotFailedError(error)) await record("failed", undefined, error).catch(() => undefined);
      counts.failed += 1;
      emit({ type: "failed", seq: seqNo, target: text, error, retryable: !isSnapshotFailedError(error) });
    }
  };

  const locked = async (seqNo: number, input: TargetInput) => {
    // Creates on one volume run one after the other (EVS refuses a second while one is being made).
    const key = volumeKey(input);
    const before = key ? volumeLocks.get(key) : undefined;
    const run = (async () => {
      await before;
      await work(seqNo, input);
    })();
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    if (key) volumeLocks.set(key, settled);
    try {
      await run;
    } finally {
      if (key && volumeLocks.get(key) === settled) volumeLocks.delete(key);
    }
  };

  const worker = async () => {
    // What throws outside a target's own handling (a journal of another list, a client that cannot be
    // built, a target source that fails) stops the run through `fatal`: the other workers take no
    // new target and finish, and record, the creates they already sent before the journal closes.
    try {
      for (let item = await next(); item; item = await next()) await locked(item.seq, item.input);
    } catch (error) {
      fatal ??= { error };
    }
  };

  try {
    await Promise.all(Array.from({ length: settings.concurrency }, worker));
    if (journal && !stopped()) {
      const left = journal.unvisited();
      if (left.length > 0) {
        // Not Math.min(...left): spreading a few hundred thousand positions overflows the stack.
        const first = left.reduce((a, b) => Math.min(a, b));
        fatal ??= {
          error: new JournalError(
            `journal ${journal.path} records ${left.length} target(s) beyond the end of this list (the first is #${first + 1}): it was written for another target list`,
            { path: journal.path },
          ),
        };
      }
    }
  } finally {
    // The clients this run built: a ZStack session login is logged out (under the account's rate
    // limit, so before the limiters close), not left to expire.
    await Promise.all(
      [...clients.values()].map(async (client) => {
        const close = (client as { close?: unknown } | undefined)?.close;
        if (typeof close === "function") await Promise.resolve(close.call(client)).catch(() => undefined);
      }),
    );
    for (const limiter of limiters.values()) limiter.close(new CloudsnapError("the bulk run ended"));
    await journal?.close();
    await (iterator.return?.() ?? Promise.resolve()).catch(() => undefined);
  }
  if (fatal) throw fatal.error;
  const elapsedMs = performance.now() - started;
  return {
    ...counts,
    elapsedMs,
    interrupted: settings.signal?.aborted === true,
    accounts: [...limiters.entries()].map(([key, limiter]) => {
      const stats = limiter.stats();
      return {
        account: stats.account,
        provider: key.slice(0, key.indexOf("|")) as Provider,
        requests: stats.requests,
        throttled: stats.throttled,
        ceiling: stats.ceiling,
        achievedRate: stats.achievedRate,
      };
    }),
  };
}

/** Refusals that prove nothing was made (a 4xx other than 408, 409 and 429, or a check before sending). */
function provesNothingRan(error: unknown): boolean {
  if (isValidationError(error) || isCredentialsError(error) || isSigningError(error)) return true;
  if (!isClientError(error)) return false;
  const { status } = error;
  return !isRateLimitError(error) && !isConflictError(error) && status !== 408;
}

function outcomeRecord(
  seq: number,
  target: string,
  outcome: OutcomeKind,
  snapshot: Snapshot<Target> | undefined,
  error: unknown,
): OutcomeRecord {
  return {
    type: "outcome",
    seq,
    target,
    outcome,
    ...(snapshot ? { snapshot: { id: snapshot.id, name: snapshot.name, status: snapshot.status } } : {}),
    ...(error !== undefined
      ? {
          error: {
            name: (error as Error)?.name ?? "Error",
            message: String((error as Error)?.message ?? error),
          },
        }
      : {}),
    at: new Date().toISOString(),
  };
}

/** A readable account name: provider, endpoint (or default hosts), which credentials. */
function accountLabel(key: string): string {
  const [provider, ...rest] = key.split("|");
  const endpoint = rest.find((part) => /^[a-z]+:\/\//.test(part));
  const region = rest.find((part) => part !== "" && !part.includes("://") && !/^(c\d+|default)$/.test(part));
  const credentials = rest.at(-1);
  return [
    provider,
    region,
    endpoint ?? "default hosts",
    credentials === "default" ? undefined : `credentials ${credentials}`,
  ]
    .filter(Boolean)
    .join(" ");
}

function volumeKey(input: TargetInput): string | undefined {
  try {
    const target = toTarget(input);
    return `${target.api}|${target.volumeId}`;
  } catch {
    return undefined;
  }
}

function toAsyncIterator<T>(source: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in source) return (source as AsyncIterable<T>)[Symbol.asyncIterator]();
  const sync = (source as Iterable<T>)[Symbol.iterator]();
  return {
    next: async () => sync.next(),
    return: async () => sync.return?.() ?? { done: true, value: undefined },
  };
}

interface Settings {
  readonly concurrency: number;
  readonly rateOf: (provider: Provider) => number;
  readonly wait: false | Omit<SnapshotWaitOptions, "signal" | "onProgress">;
  readonly journal: string | undefined;
  readonly signal: AbortSignal | undefined;
  readonly onEvent: ((event: SnapshotManyEvent) => unknown) | undefined;
  readonly description: string | undefined;
  readonly credentials: SnapshotCredentials | undefined;
  readonly endpoint: string | undefined;
  readonly now: Date;
  readonly fetch: ((request: Request) => Promise<Response>) | undefined;
}

function checkOptions(targets: unknown, options: SnapshotManyOptions): Settings {
  const operation = "snapshotMany";
  const fail = (path: string, rule: string, expected: string) =>
    createValidationError({ operation, path, rule, expected });
  if (
    typeof targets !== "object" ||
    targets === null ||
    typeof targets === "string" ||
    !(Symbol.iterator in targets || Symbol.asyncIterator in targets)
  ) {
    throw fail("targets", "type", "an iterable or async iterable of targets");
  }
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw fail("options", "type", "object");
  for (const key of Object.keys(options)) {
    if (!(OPTIONS as readonly string[]).includes(key))
      throw fail(`options.${key}`, "unknownField", "a known field");
  }
  // `{ zstak: … }` is refused, not ignored (as createSnapshot refuses it).
  checkPerProvider(operation, "credentials", options.credentials);
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
    throw fail("options.concurrency", "range", `an integer from 1 to ${MAX_CONCURRENCY}`);
  }
  const positiveRate = (value: unknown, path: string): number => {
    if (typeof value !== "number" || !Number.isFinite(value) || value <= 0 || value > 10_000) {
      throw fail(path, "range", "requests per second, more than 0 and at most 10000");
    }
    return value;
  };
  let rateOf: (provider: Provider) => number = (provider) => DEFAULT_RATES[provider];
  if (typeof options.rate === "number" || (options.rate !== undefined && typeof options.rate !== "object")) {
    const rate = positiveRate(options.rate, "options.rate");
    rateOf = () => rate;
  } else if (options.rate !== undefined) {
    if (options.rate === null)
      throw fail("options.rate", "type", "a number or { ncloud?, huaweicloud?, zstack? }");
    const perProvider: Partial<Record<Provider, number>> = {};
    for (const [provider, value] of Object.entries(options.rate)) {
      if (!Object.hasOwn(DEFAULT_RATES, provider))
        throw fail(`options.rate.${provider}`, "unknownField", "ncloud, huaweicloud or zstack");
      perProvider[provider as Provider] = positiveRate(value, `options.rate.${provider}`);
    }
    rateOf = (provider) => perProvider[provider] ?? DEFAULT_RATES[provider];
  }
  let wait: Settings["wait"] = false;
  if (options.wait !== undefined && options.wait !== false) {
    if (options.wait !== true && (typeof options.wait !== "object" || options.wait === null)) {
      throw fail("options.wait", "type", "boolean or waiter tuning");
    }
    wait = options.wait === true ? {} : { ...options.wait };
    resolveWaiterOptions(
      `${operation} (options.wait)`,
      wait as WaiterOptions<unknown>,
      DEFAULT_WAITER_TUNING,
    );
  }
  if (options.journal !== undefined && (typeof options.journal !== "string" || options.journal === "")) {
    throw fail("options.journal", "type", "a file path");
  }
  if (options.onEvent !== undefined && typeof options.onEvent !== "function")
    throw fail("options.onEvent", "type", "function");
  if (options.description !== undefined && typeof options.description !== "string") {
    throw fail("options.description", "type", "string");
  }
  if (
    options.signal !== undefined &&
    !(typeof options.signal === "object" && options.signal !== null && "aborted" in options.signal)
  ) {
    throw fail("options.signal", "type", "AbortSignal");
  }
  const at = readOptionalClock(options.now);
  if (at === null) throw fail("options.now", "type", "a valid Date, or a function returning one");
  if (options.endpoint !== undefined && typeof options.endpoint !== "string")
    throw fail("options.endpoint", "type", "string");
  if (options.fetch !== undefined && typeof options.fetch !== "function")
    throw fail("options.fetch", "type", "function");
  return {
    concurrency,
    rateOf,
    wait,
    journal: options.journal,
    signal: options.signal,
    onEvent: options.onEvent,
    description: options.description,
    credentials: options.credentials,
    endpoint: options.endpoint,
    now: at ?? new Date(),
    fetch: options.fetch,
  };
}
