import type { IncomingHttpHeaders } from "node:http";
import type { ClientReliabilityOptions, Provider, WaiterOptions } from "cloudsnap";
import type { SpecName } from "./spec-examples";

/** One of the five creates under test. */
export type TargetKey = "nas" | "vserver" | "search-engine" | "evs" | "zstack";

/** A request as the fault server read it. */
export interface Incoming {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** What the server sends back. */
export interface Answer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: string;
}

/** Which operation a request is, and whether it creates something or only reads. */
export interface Route {
  readonly operation: string;
  readonly role: "create" | "read";
}

/** What the server remembers between requests of one test. */
export interface ServerState {
  /** Creates that ran (answered, or acted on before a fault). */
  created: number;
  /** ZStack jobs the server knows, by `X-Job-UUID`. */
  readonly jobs: Set<string>;
  /** The server's clock minus the real one (set by the clock-skew fault). */
  clockOffsetMs: number;
}

/** How a waiter polls in these tests: timings only. */
export type WaitSettings = Pick<
  WaiterOptions<unknown>,
  "intervalMs" | "maxIntervalMs" | "backoff" | "deadlineMs" | "timeoutMs"
>;

/** The calls a test makes, with the client already pointed at the fault server. */
export interface TargetCalls {
  create(): Promise<unknown>;
  /** The `…AndWait` form; `call` holds the create's own call options (for ZStack, the whole wait's). */
  createAndWait(wait: WaitSettings, call?: { readonly overallTimeoutMs?: number }): Promise<unknown>;
}

/** How the client under test is built: origin, reliability settings, the fetch to use. */
export interface ClientSettings {
  readonly origin: string;
  readonly reliability: ClientReliabilityOptions;
  readonly fetch: (request: Request) => Promise<Response>;
  /** How waiters (and ZStack's job follower) poll. */
  readonly wait: WaitSettings;
}

/** How one provider API answers, and how the facade calls it. */
export interface Target {
  readonly key: TargetKey;
  /** Used in test names: "ncloud vserver create". */
  readonly label: string;
  readonly provider: Provider;
  readonly spec: SpecName;
  readonly createOperation: string;
  /** The operation the waiter polls first. */
  readonly pollOperation: string;
  /** The largest clock skew the provider accepts. */
  readonly skewWindowMs: number;
  /** The canary secret this target's credentials carry. */
  readonly canary: string;
  route(method: string, path: string): Route | undefined;
  /** The provider's normal answer; records in `state` what ran. */
  answer(route: Route, request: Incoming, state: ServerState): Answer;
  /** The provider's (or its gateway's) answer with a failure status, quoting `echo` in its text. */
  errorAnswer(route: Route, status: number, echo: string): Answer;
  /** The provider's rejection of a signature made on a skewed clock (the server adds `Date`). */
  skewRejection(): Answer;
  /** When the request was signed, by its own timestamp header. */
  signedAt(request: Incoming): number | undefined;
  /** The client-chosen id the provider deduplicates creates on (ZStack `X-Job-UUID`). */
  identity(request: Incoming): string | undefined;
  /** The read the facade makes last before the create (NAS: the capacity guard's), if any. */
  readonly lastReadBeforeCreate?: string;
  calls(settings: ClientSettings): TargetCalls;
}

/** A gateway's text when no spec example fits, quoting `echo` like a chatty proxy would. */
export function proxyText(status: number, echo: string): Answer {
  return {
    status,
    headers: { "content-type": "text/plain" },
    body: `${status} from the proxy in front of the API (upstream said: ${echo})`,
  };
}

/** JSON answer of a spec example value. */
export function jsonAnswer(status: number, value: unknown, headers: Record<string, string> = {}): Answer {
  return { status, headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(value) };
}
