import type { IncomingMessage, ServerResponse } from "node:http";
import type { Answer, Incoming, Route, ServerState, Target } from "./target";

/** Which requests a fault hits: the create, or the waiter's polls (reads after a create ran). */
export type Phase = "create" | "poll";

/** One request the server saw, and what it did with it. */
export interface SeenRequest {
  readonly operation: string;
  readonly role: Route["role"];
  readonly identity: string | undefined;
  readonly signedAt: number | undefined;
  /** `performance.now()` when its headers arrived. */
  readonly at: number;
  /** What the server did: `answered 202`, `throttled`, `dropped unread`, … */
  disposition: string;
  /** Whether a create ran on the server (so a second copy would be a second snapshot). */
  ran: boolean;
}

/** What a fault's handler may use; it owns the request and must answer, drop or abandon it. */
export interface FaultContext {
  readonly route: Route;
  readonly target: Target;
  readonly state: ServerState;
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly seen: SeenRequest;
  /** Reads the whole request body. */
  read(): Promise<Incoming>;
  /** Runs the request as the provider would (a create then exists) and returns its normal answer. */
  run(request: Incoming): Answer;
  /** Sends an answer, with the server's `Date`. */
  send(answer: Answer): void;
  /** The server's `Date` header value (its clock may be skewed). */
  date(): string;
  /** Waits; resolves `false` at once if the server closes meanwhile. */
  wait(ms: number): Promise<boolean>;
}

/** A misbehaviour, scripted per test: `times` requests of the phase get it, then all is normal. */
export interface Fault {
  readonly key: string;
  readonly label: string;
  readonly times: number;
  /** The server is down (connection refused) when the phase starts; it comes back after `times` refusals. */
  readonly refuse?: boolean;
  /** Only these targets have this fault (e.g. ZStack's job states). */
  readonly only?: readonly Target["key"][];
  /** Only this phase has it (default: both). */
  readonly phase?: Phase;
  handle?(context: FaultContext): Promise<void> | void;
}
