// The one small interface through which a provider's home (`providers/<name>/`) plugs into the core.
// The core never asks which provider it runs: everything provider-specific comes through here.

import type { Sleep } from "./abort";
import { ValidationError } from "./errors";
import type { HttpError, Provider, ProviderErrorDetails } from "./http-errors";
import type { Logger } from "./logging";
import type { OperationMetadata, Shapes } from "./metadata";
import type { HeadersLike } from "./redact";
import type { AnswerKind, RetryPolicy } from "./retry";
import type { AnswerLike, WireRequest } from "./signing";

/** What one provider knows that the core needs while running any of its calls. */
export interface ProviderRules {
  readonly provider: Provider;
  /** The provider's own code, message and request id in an error answer (decoded body, or its text). */
  extractError(body: unknown, headers: HeadersLike | undefined): ProviderErrorDetails;
  /** The provider's reading of an error answer (throttling, busy, final); `undefined` leaves it to the core. */
  classifyAnswer?(error: HttpError): AnswerKind;
  /** A hint added to a network failure's message, e.g. "check the region" for an unresolved host. */
  networkHint?(code: string | undefined, host: string): string | undefined;
}

/** One signed attempt: the headers the signer adds, and every secret this attempt carries. */
export interface SignedAttempt {
  readonly headers: Readonly<Record<string, string>>;
  /** Secret values sent or computed for this attempt (keys, tokens, session ids, signatures). */
  readonly secrets: readonly string[];
  /** What the authorizer needs to judge the answer later (the token or clock offset it signed with). */
  readonly state?: unknown;
}

/**
 * How one client authenticates: a signer or a token/session holder. `sign` runs before every attempt
 * (so each attempt is signed afresh, with a fresh timestamp); `recover` looks at a refusal and says
 * whether signing again can fix it.
 */
export interface Authorizer {
  /** Header names this authorizer sets; a caller's `headers` may never set or replace them. */
  readonly ownedHeaders: readonly string[];
  /** Signs one attempt. Errors here (bad credentials, a failed login) end the call: they are not retried. */
  sign(request: WireRequest, signal: AbortSignal): Promise<SignedAttempt>;
  /**
   * After a refusal that proves nothing ran and that signing again can fix (an expired token or
   * session, a clock the provider finds skewed): renews what is needed (once for all calls in
   * flight) and returns `true`; the pipeline then signs and sends once more.
   */
  recover?(answer: AnswerLike, attempt: SignedAttempt, signal: AbortSignal): Promise<boolean> | boolean;
  /** The secrets this authorizer knows now (keys, tokens, sessions), for errors built outside a call. */
  secrets(): readonly string[];
}

/** How a client sends: its fetch, timeouts, retry policy and logger, shared by all its APIs. */
export interface Transport {
  /** The caller's fetch implementation, given a `Request`; when absent, the global `fetch(url, init)`. */
  readonly fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Per-attempt timeout in milliseconds. */
  readonly timeoutMs: number;
  /** Overall deadline of a call in milliseconds, when the client sets one (else each call's default). */
  readonly overallTimeoutMs: number | undefined;
  /** The client's retry policy (each call may merge its own over it). */
  readonly policy: RetryPolicy;
  readonly logger?: Logger | undefined;
  /** Largest response body read into memory. */
  readonly maxBodyBytes: number;
  /** Backoff sleep (default: an abortable `setTimeout`); injectable for tests. */
  readonly sleep?: Sleep | undefined;
  /** Jitter source, values in [0, 1) (default `Math.random`). */
  readonly random?: (() => number) | undefined;
}

/** One generated API bound to a client: everything the pipeline needs to run its operations. */
export interface ApiBinding {
  readonly rules: ProviderRules;
  /** The configured origin of this API; no request of it ever goes anywhere else. */
  readonly origin: string;
  readonly host: string;
  readonly operations: Readonly<Record<string, OperationMetadata>>;
  readonly shapes: Shapes;
  readonly authorizer: Authorizer;
  readonly transport: Transport;
  /** Fills client-level settings (region, project id) into parameters the caller left out. */
  readonly fillDefaults?: (
    operation: OperationMetadata,
    params: Record<string, unknown>,
  ) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Headers derived from the parameters, e.g. NCP's Accept from `responseFormatType`. */
  readonly headersFor?: (
    operation: OperationMetadata,
    params: Record<string, unknown>,
  ) => Record<string, string>;
  /**
   * Whether this call carries a client-chosen id the provider deduplicates on (ZStack's
   * `X-Job-UUID`): a retry after a timeout or 5xx is then recognised, not run twice.
   */
  readonly isIdentified?: (operation: OperationMetadata, params: Record<string, unknown>) => boolean;
  /** Removes a provider's success envelope (NCP's `…Response` root). */
  readonly unwrap?: (value: unknown) => unknown;
}

/** A decoded success and what it came with (ZStack's api-jobs tell 202 "running" from 200). */
export interface CallResult {
  readonly status: number;
  readonly headers: Headers;
  readonly value: unknown;
}

/** The answer to one attempt, read in full. */
export interface Answer extends AnswerLike {
  readonly method: string;
  readonly url: string;
}

/** For operations that need no auth (logins): signs nothing, still scrubbing the given secrets. */
export function withoutAuth(secrets: () => readonly string[]): Authorizer {
  return {
    ownedHeaders: [],
    sign: async () => ({ headers: {}, secrets: secrets() }),
    secrets,
  };
}

/** Whether a caller-facing field (parameter or top-level body property) exists on an operation. */
export function hasField(operation: OperationMetadata, name: string): boolean {
  return (
    operation.parameters.some((p) => p.name === name) ||
    (operation.requestBody?.properties.includes(name) ?? false)
  );
}

/** A `fillDefaults` hook that sets `name` to `value` on operations that have the field and leave it out. */
export function fillField(name: string, value: unknown) {
  return (operation: OperationMetadata, params: Record<string, unknown>): Record<string, unknown> =>
    value !== undefined && params[name] === undefined && hasField(operation, name)
      ? { ...params, [name]: value }
      : params;
}

/** An origin (`https://host[:port]`) as an endpoint. */
export function endpointOf(origin: string): { origin: string; host: string } {
  return { origin, host: new URL(origin).host };
}

/**
 * Checks an `endpoint` override is an origin (scheme, host, optional port) and returns it with the
 * host it names. A path, query, fragment or credentials would be dropped silently: they are refused.
 */
export function checkOrigin(value: unknown, setting: string): { origin: string; host: string } {
  // No cause: the URL parser's TypeError carries the raw string as `input`, which may hold a
  // `user:password@` the caller put in the endpoint.
  const fail = () =>
    new ValidationError(`${setting} must be an http(s) origin such as https://host:port, with no path`, {
      operation: "createClient",
      path: setting,
      rule: "origin",
    });
  if (typeof value !== "string") throw fail();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw fail();
  }
  const extras = url.pathname.replace(/\/$/, "") || url.search || url.hash || url.username || url.password;
  if ((url.protocol !== "https:" && url.protocol !== "http:") || extras || /[?#]/.test(value)) throw fail();
  return { origin: url.origin, host: url.host };
}

/**
 * An authorizer whose code is loaded on its first signature: for schemes most clients never use
 * (an IAM token login), so bundles and imports do not carry them up front.
 */
export function lazyAuthorizer(ownedHeaders: readonly string[], load: () => Promise<Authorizer>): Authorizer {
  let loading: Promise<Authorizer> | undefined;
  let loaded: Authorizer | undefined;
  const get = async () => {
    loading ??= load().then(
      (authorizer) => {
        loaded = authorizer;
        return authorizer;
      },
      (error: unknown) => {
        // A failed load (a chunk that did not arrive, a bad setting) is tried again by the next call.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return {
    ownedHeaders,
    sign: async (request, signal) => (await get()).sign(request, signal),
    recover: (answer, attempt, signal) => loaded?.recover?.(answer, attempt, signal) ?? false,
    secrets: () => loaded?.secrets() ?? [],
  };
}
