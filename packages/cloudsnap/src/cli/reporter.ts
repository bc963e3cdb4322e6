// What `create` and `wait` report, whatever the output: JSON Lines or a terminal. `bulk` will
// report through the same interface, one snapshot per target.

import type { Snapshot, SnapshotProgress } from "../core/snapshot";
import type { Target } from "../unified/targets";
import type { DryRunRequest } from "./dry-run";

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
