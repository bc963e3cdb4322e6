import { type Provider, SnapshotFailedError } from "../errors";
import { MAX_MESSAGE_EXCERPT } from "../errors/constants";

/** Who reported a failure, for {@link snapshotFailure}. */
export interface FailureSource {
  readonly provider: Provider;
  /** The operation whose answer showed the failure. */
  readonly operation: string;
  readonly resourceId: string;
  /** What the id names, in words: `EVS snapshot`. */
  readonly what: string;
  /** Secret values to scrub from the provider's reason (the client group's keys and tokens). */
  readonly secrets?: () => readonly string[];
}

/**
 * A `SnapshotFailedError` with the standard message, e.g.
 * `showJob: EVS snapshot bb02… failed with status FAIL (EVS.5400): disk is busy`.
 */
export function snapshotFailure(
  source: FailureSource,
  providerStatus: string,
  details: { reason?: string | null; code?: string | null } = {},
): SnapshotFailedError {
  const reason = details.reason ?? undefined;
  const code = details.code ?? undefined;
  const excerpt =
    reason && reason.length > MAX_MESSAGE_EXCERPT ? `${reason.slice(0, MAX_MESSAGE_EXCERPT)}…` : reason;
  return new SnapshotFailedError(
    `${source.operation}: ${source.what} ${source.resourceId} failed with status ${providerStatus}` +
      `${code ? ` (${code})` : ""}${excerpt ? `: ${excerpt}` : ""}`,
    {
      provider: source.provider,
      operation: source.operation,
      resourceId: source.resourceId,
      providerStatus,
      ...(source.secrets ? { secrets: source.secrets() } : {}),
      ...(reason === undefined ? {} : { reason }),
      ...(code === undefined ? {} : { code }),
    },
  );
}
