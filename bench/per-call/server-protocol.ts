/** Messages between the bench and its loopback server process (over the fork IPC channel). */
export type ToServer =
  | { readonly type: "verify"; readonly on: boolean }
  | { readonly type: "report" }
  | { readonly type: "stop" };

/** What the server has seen since the last `report`. */
export interface ServerReport {
  readonly served: number;
  /** Requests whose signature was checked and verified. */
  readonly verified: number;
  /** Requests refused (bad signature, unknown route), first few with the reason. */
  readonly refused: number;
  readonly reasons: readonly string[];
}

export type FromServer =
  | { readonly type: "listening"; readonly port: number }
  | { readonly type: "verify"; readonly on: boolean }
  | ({ readonly type: "report" } & ServerReport);

/** The server process ends itself after this long, whatever happens to the bench. */
export const SERVER_MAX_LIFETIME_MS = 10 * 60_000;
