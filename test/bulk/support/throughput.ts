// The throughput proof: one bulk run over targets of two accounts (two providers), each account
// limited by the fake to R requests a second, the client asked for R too. Reports the rate each
// account achieved as the fake counted it and as the run's summary reports it.

import { join } from "node:path";
import { startFakeCloud } from "./fake-cloud";
import { killChildren, runChild } from "./run-child";
import type { FakeApi, FakeProvider } from "./store";
import { CREDENTIALS, targetList, writeTargets } from "./targets";

export interface ThroughputOptions {
  /** The fake's limit per account, requests per second. */
  readonly limit: number;
  /** The client's `rate` (default: the limit). */
  readonly clientRate?: number;
  readonly targets: number;
  /** One kind per account, taking turns in the list. */
  readonly kinds: readonly FakeApi[];
  readonly concurrency: number;
  readonly journal: boolean;
  readonly dir: string;
  readonly timeoutMs: number;
}

/** One account's figures. */
export interface AccountThroughput {
  readonly provider: FakeProvider;
  /** Requests the fake answered / refused with 429. */
  readonly requests: number;
  readonly throttled: number;
  /** Answered requests per second over the account's active window, as the fake counted them. */
  readonly fakeRate: number;
  /** `accounts[].achievedRate` and `throttled` of the run's summary. */
  readonly summaryRate: number;
  readonly summaryThrottled: number;
}

export interface ThroughputResult {
  readonly limit: number;
  readonly clientRate: number;
  readonly targets: number;
  readonly journal: boolean;
  readonly elapsedMs: number;
  readonly accounts: readonly AccountThroughput[];
  readonly duplicates: number;
  readonly missing: number;
  readonly summary: Record<string, unknown> | undefined;
  /** The child's event-loop utilization and CPU time: near 1, the machine, not the limit, set the pace. */
  readonly busy: { readonly eventLoopUtilization: number; readonly cpuMs: number } | undefined;
  readonly error: string | undefined;
}

export async function measureThroughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const clientRate = options.clientRate ?? options.limit;
  const fake = await startFakeCloud({ rate: options.limit });
  try {
    const targets = [...targetList(options.kinds, options.targets)];
    // One file name per run: a run must never resume another run's journal.
    const run = `throughput-${options.limit}-${clientRate}-${options.targets}-${options.journal}`;
    const targetsFile = join(options.dir, `${run}.txt`);
    await writeTargets(targetsFile, targets);
    const child = await runChild(
      {
        origin: fake.origin,
        targetsFile,
        ...(options.journal ? { journal: join(options.dir, `${run}.jsonl`) } : {}),
        rate: clientRate,
        concurrency: options.concurrency,
        credentials: CREDENTIALS,
      },
      { timeoutMs: options.timeoutMs },
    );
    const audit = fake.audit(targets);
    const summaryAccounts = (child.summary?.accounts ?? []) as {
      provider: string;
      achievedRate: number;
      throttled: number;
    }[];
    return {
      limit: options.limit,
      clientRate,
      targets: options.targets,
      journal: options.journal,
      elapsedMs: Number(child.summary?.elapsedMs ?? child.runMs),
      accounts: fake.accounts().map((account) => {
        const provider = account.account.slice(0, account.account.indexOf(":")) as FakeProvider;
        const own = summaryAccounts.find((a) => a.provider === provider);
        return {
          provider,
          requests: account.requests,
          throttled: account.throttled,
          fakeRate: account.achievedRate,
          summaryRate: own?.achievedRate ?? 0,
          summaryThrottled: own?.throttled ?? 0,
        };
      }),
      duplicates: audit.duplicates.length,
      missing: audit.missing.length,
      summary: child.summary,
      busy: child.busy,
      error: child.error ?? (child.code === 0 ? undefined : child.stderr.slice(0, 500)),
    };
  } finally {
    killChildren();
    await fake.close();
  }
}
