// The JSON Lines events of `create`, `wait`, `bulk`, `targets` and `doctor`, as TypeScript types. The
// published contract is schema/cli-events.schema.json (JSON Schema 2020-12); the tests validate the
// CLI's real output against it, so the two cannot drift apart unnoticed.

import type { Snapshot } from "../core/snapshot";
import type { Target } from "../unified/targets";

/** A typed error, as an `error` or `failed` event carries it: never a secret, never a stack. */
export interface ErrorInfo {
  readonly name: string;
  readonly message: string;
  /** The exit code the CLI ends with for it. */
  readonly exitCode: number;
  /** The provider's own error code (`EVS.2409`, NCP `returnCode`, ZStack `SYS.1000`, …). */
  readonly code?: string;
  /** The HTTP status, for an answer that was not a success. */
  readonly status?: number;
  readonly provider?: string;
  readonly operation?: string;
  readonly requestId?: string;
  readonly providerMessage?: string;
  readonly providerStatus?: string;
  readonly reason?: string;
  /** A `ValidationError`'s field and rule. */
  readonly path?: string;
  readonly rule?: string;
  /** A `CredentialsError`'s variables and files consulted (names and paths only). */
  readonly tried?: readonly string[];
}

/** A snapshot event's common fields: the target as written, and the snapshot's id when known. */
interface SnapshotFields {
  readonly target: string;
}

/** Every line the CLI prints with `--json`. */
export type CliEvent =
  | (SnapshotFields & { readonly event: "accepted"; readonly snapshot: Snapshot<Target> })
  | (SnapshotFields & {
      readonly event: "progress";
      readonly id: string;
      /** The provider's own status word at this poll. */
      readonly status: string;
      readonly attempt: number;
      readonly elapsedMs: number;
      readonly operation: string;
    })
  | (SnapshotFields & { readonly event: "ready"; readonly snapshot: Snapshot<Target> })
  | (SnapshotFields & {
      readonly event: "failed";
      readonly id: string;
      /** The snapshot as last known (status `failed`), when the create had answered. */
      readonly snapshot?: Snapshot<Target>;
      readonly error: ErrorInfo;
    })
  | {
      readonly event: "error";
      readonly target?: string;
      readonly id?: string;
      readonly snapshot?: Snapshot<Target>;
      readonly error: ErrorInfo;
      /** For a wait that ran out of time: the command that waits again. */
      readonly resume?: string;
    }
  | {
      readonly event: "interrupted";
      readonly target?: string;
      /**
       * `create`: the create had not answered; `wait`: the snapshot exists and goes on; `bulk`: no
       * new create was sent, the ones in flight were finished (and recorded in the journal).
       */
      readonly phase: "create" | "wait" | "bulk";
      readonly id?: string;
      readonly snapshot?: Snapshot<Target>;
      readonly message: string;
      /** The command that resumes waiting (phase `wait`), or the bulk run (phase `bulk`, with a journal). */
      readonly resume?: string;
      readonly exitCode: 130;
    }
  | {
      readonly event: "request";
      readonly dryRun: true;
      readonly method: string;
      readonly url: string;
      readonly headers: Readonly<Record<string, string>>;
      readonly body?: string;
      /** For an answer the dry run made up to go on (Classic NAS capacity reads). */
      readonly placeholderAnswer?: string;
    }
  | {
      readonly event: "dry-run";
      readonly target: string;
      readonly requests: number;
      readonly sent: 0;
      readonly message: string;
    }
  | {
      readonly event: "target";
      readonly api: string;
      readonly provider: string;
      readonly title: string;
      readonly form: string;
      readonly example: string;
      readonly settings: Readonly<
        Record<
          string,
          { readonly description: string; readonly required: boolean; readonly values?: readonly string[] }
        >
      >;
    }
  | DoctorEvent
  | BulkEvent;

/** Where a `bulk` target comes from: its position in the run (the journal's `seq`, from 0) and its line. */
interface BulkFields {
  readonly seq: number;
  /** The line of the targets file (from 1). */
  readonly line: number;
  /** The target as cloudsnap writes it; for a line that is not a valid target, the line as written. */
  readonly target: string;
}

/** The events of `cloudsnap bulk`, one per outcome, then one `bulk-summary`. */
export type BulkEvent =
  | (BulkFields & { readonly event: "bulk-accepted"; readonly snapshot: Snapshot<Target> })
  | (BulkFields & {
      /** A create of an earlier, interrupted run found at the provider (not sent again). */
      readonly event: "bulk-found";
      readonly snapshot: Snapshot<Target>;
    })
  | (BulkFields & { readonly event: "bulk-ready"; readonly snapshot: Snapshot<Target> })
  | (BulkFields & {
      /** The journal already records this target's outcome: nothing was sent. */
      readonly event: "bulk-skipped";
      readonly outcome: "created" | "found" | "ready" | "failed";
    })
  | (BulkFields & {
      readonly event: "bulk-failed";
      readonly error: ErrorInfo;
      /** Whether running again with the journal tries this target again. */
      readonly retryable: boolean;
      /** Ctrl-C stopped this target's wait: not counted as failed (running again resumes it). */
      readonly stopped?: true;
    })
  | (BulkFields & {
      readonly event: "bulk-progress";
      readonly id: string;
      readonly status: string;
      readonly attempt: number;
      readonly elapsedMs: number;
      readonly operation: string;
    })
  | {
      /** The provider answered 429: the account slows down (AIMD) and pauses. */
      readonly event: "bulk-throttled";
      readonly account: string;
      readonly pauseMs: number;
      /** The rate the account goes on at, requests per second. */
      readonly rate: number;
      readonly retryAfterMs?: number;
    }
  | BulkSummaryEvent;

/** The last line of `cloudsnap bulk`. */
export interface BulkSummaryEvent {
  readonly event: "bulk-summary";
  /** Targets read (valid or not). */
  readonly total: number;
  readonly created: number;
  readonly found: number;
  readonly ready: number;
  /** Targets the journal already recorded as done. */
  readonly skipped: number;
  readonly failed: number;
  /** Targets whose wait Ctrl-C stopped (not failures: running again resumes them). */
  readonly stopped: number;
  readonly elapsedMs: number;
  readonly interrupted: boolean;
  /** The journal's path, or `null` (then the run cannot be resumed). */
  readonly journal: string | null;
  readonly accounts: readonly BulkAccountReport[];
  readonly exitCode: number;
}

/** One provider account's share of a bulk run. */
export interface BulkAccountReport {
  /** Provider, region or site, endpoint. */
  readonly account: string;
  readonly provider: "ncloud" | "huaweicloud" | "zstack";
  readonly created: number;
  readonly found: number;
  readonly skipped: number;
  readonly ready: number;
  readonly failed: number;
  /** Requests sent (creates, polls, logins). */
  readonly requests: number;
  /** 429 answers. */
  readonly throttled: number;
  /** The ceiling, requests per second. */
  readonly ceiling: number;
  /** Requests per second achieved. */
  readonly achievedRate: number;
}

/** One cloud's diagnosis, from `cloudsnap doctor --json`. */
export interface DoctorEvent {
  readonly event: "doctor";
  readonly provider: string;
  readonly title: string;
  readonly kinds: readonly string[];
  readonly credentials: {
    /** The source a call would use (the first one that holds credentials), or `null`. */
    readonly using: string | null;
    readonly sources: readonly CredentialSourceReport[];
  };
  readonly endpoints: readonly {
    readonly api: string;
    readonly origin: string;
    readonly source: "default" | "--endpoint" | "environment";
  }[];
  readonly clock: readonly ClockReport[];
}

/** One place credentials may come from, and what was found there (masked). */
export interface CredentialSourceReport {
  /** `environment` or the file's path (with `[profile]`). */
  readonly source: string;
  /** The variables or keys read there, by name. */
  readonly names: readonly string[];
  readonly status: "found" | "not-found" | "invalid";
  /** The key id's first characters (`AKUN***`), or a ZStack account name; secrets are never shown. */
  readonly identity?: string;
  readonly detail?: string;
}

/** The clock offset learned from one origin's `Date` header. */
export interface ClockReport {
  readonly origin: string;
  /** The provider's clock minus this machine's, in milliseconds (±1 s: `Date` has whole seconds). */
  readonly offsetMs?: number;
  readonly error?: string;
}
