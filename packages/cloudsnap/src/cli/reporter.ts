// What `create` and `wait` report, whatever the output: JSON Lines or a terminal; and what `bulk`
// reports (its own interface: many targets, a running count and a summary).

import type { Snapshot, SnapshotProgress } from "../core/snapshot";
import type { Target } from "../unified/targets";
import type { DryRunRequest } from "./dry-run";
import type { BulkEvent, BulkSummaryEvent } from "./events";

/** Where a failure or an interruption leaves things. */
export interface Outcome {
  readonly target?: string;
  readonly id?: string;
  /** The snapshot as the create accepted it, when it had answered. */
  readonly snapshot?: Snapshot<Target>;
  /** The command that waits again for the snapshot. */
  readonly resume?: string;
}

/** The steps of a create or a wait, reported as they happen. */
export interface Reporter {
  /** The create is being sent. */
  creating(target: string): void;
  /** The create answered: the snapshot exists (maybe still being taken). */
  accepted(target: string, snapshot: Snapshot<Target>, willWait: boolean): void;
  /** Waiting starts for a snapshot. */
  waiting(target: string, id: string): void;
  /** One observation of the waiter. */
  progress(target: string, state: SnapshotProgress): void;
  /** The snapshot is usable. */
  ready(target: string, snapshot: Snapshot<Target>): void;
  /** The provider says the snapshot failed. */
  failed(error: unknown, outcome: Outcome & { readonly target: string; readonly id: string }): void;
  /** Anything else that ended the command. */
  error(error: unknown, outcome: Outcome, debug: boolean): void;
  /** Ctrl-C. */
  interrupted(phase: "create" | "wait", message: string, outcome: Outcome): void;
  /** One request a dry run would send. */
  request(request: DryRunRequest): void;
  /** The dry run's end. */
  dryRunDone(target: string, requests: number, message: string): void;
  /** Stops any spinner; safe to call more than once. */
  close(): void;
}

/** What `bulk` reports: each outcome as its JSON event, the count of targets read, a summary. */
export interface BulkReporter {
  /** Targets read so far from the file or stdin. */
  read(count: number): void;
  /** The number of targets, once known (counted ahead in a file, or the end of stdin reached). */
  total(count: number): void;
  /** One outcome (or, with --wait, a poll; or a 429 on an account). */
  event(event: BulkEvent): void;
  /** Ctrl-C was pressed: no new create is sent, the ones in flight finish. */
  interrupting(): void;
  /** The run ended on Ctrl-C: what that leaves, and the command that resumes (with a journal). */
  interrupted(message: string, resume: string | undefined): void;
  /** The run's end. */
  summary(summary: BulkSummaryEvent): void;
  /** Stops the progress line; safe to call more than once. */
  close(): void;
}
