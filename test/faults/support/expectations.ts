import type { Fault, Phase } from "./fault";
import type { Target } from "./target";

/** The error classes a fault may end in (by `name`), or `ok`: the facade recovered. */
export type Outcome =
  | "ok"
  | "NetworkError"
  | "TimeoutError"
  | "ServerError"
  | "DecodeError"
  | "WaiterTimeoutError"
  | "JobExpiredError"
  | "SnapshotFailedError";

/** What one fault must lead to. */
export interface Expectation {
  readonly outcome: Outcome;
  /** Fields the error must carry. */
  readonly fields?: Readonly<Record<string, unknown>>;
  /** Create requests the server must have received in all. */
  readonly creates: number;
  /** Why, in the facade's terms. */
  readonly rule: string;
}

const DROPPED = new Set(["reset-before-read", "reset-after-read", "truncated"]);
const LATE = new Set(["headers-late", "body-trickle"]);
const UNDECODABLE = new Set([
  "malformed-json",
  "malformed-xml",
  "wrong-content-type",
  "huge-body",
  "huge-body-declared",
]);
const SERVER_ERRORS = new Set(["500", "502", "503", "504"]);

/** The facade's contract for `fault` hitting `target`'s create or its waiter's polls. */
export function expectationFor(target: Target, phase: Phase, fault: Fault): Expectation {
  return phase === "create" ? onCreate(target, fault) : onPoll(target, fault);
}

function onCreate(target: Target, fault: Fault): Expectation {
  const operation = target.createOperation;
  // ZStack's X-Job-UUID makes a second copy of the create recognisable: it may be re-sent.
  const identified = target.key === "zstack";
  const resent = { outcome: "ok", creates: 2 } as const;
  switch (true) {
    case fault.key === "refused":
      return {
        outcome: "NetworkError",
        fields: { maybeSent: false, operation },
        creates: 0,
        rule: "nothing left: retried up to maxAttempts, then NetworkError{maybeSent:false}",
      };
    case fault.key === "refused-then-up":
      return { outcome: "ok", creates: 1, rule: "nothing left: retried, succeeds once the server is up" };
    case fault.key === "429" || fault.key === "429-retry-after":
      return { ...resent, rule: "throttled, so nothing ran: retried (Retry-After honoured up to the cap)" };
    case fault.key === "clock-skew":
      return { ...resent, rule: "rejected before running: clock corrected from Date, re-signed once" };
    case UNDECODABLE.has(fault.key):
      return {
        outcome: "DecodeError",
        fields: { operation },
        creates: 1,
        rule: "undecodable answer: not retried",
      };
    case identified && fault.key === "503":
      return {
        outcome: "ServerError",
        fields: { status: 503, code: "SYS.1000", operation },
        creates: 1,
        rule: "ZStack's 503 error envelope is an answer, not an outage: not retried",
      };
    case identified && (DROPPED.has(fault.key) || LATE.has(fault.key) || SERVER_ERRORS.has(fault.key)):
      return { ...resent, rule: "same X-Job-UUID re-sent; the duplicate is followed, never run twice" };
    case DROPPED.has(fault.key):
      return {
        outcome: "NetworkError",
        fields: { maybeSent: true, operation },
        creates: 1,
        rule: "may have run: a create is not retried",
      };
    case LATE.has(fault.key):
      return {
        outcome: "TimeoutError",
        fields: { deadline: "attempt", operation },
        creates: 1,
        rule: "may have run: a create is not retried after a timeout",
      };
    case SERVER_ERRORS.has(fault.key):
      return {
        outcome: "ServerError",
        fields: { status: Number(fault.key), operation },
        creates: 1,
        rule: "may have run: a create is not retried after a 5xx",
      };
    default:
      throw new Error(`no create expectation for ${fault.key}`);
  }
}

function onPoll(target: Target, fault: Fault): Expectation {
  const operation = target.pollOperation;
  switch (fault.key) {
    case "refused":
      return {
        outcome: "NetworkError",
        fields: { maybeSent: false, operation },
        creates: 1,
        rule: "poll retried up to maxAttempts, then the waiter rejects; the create is not repeated",
      };
    case "job-never-finishes":
      return {
        outcome: "WaiterTimeoutError",
        fields: { waiter: "waitForJob", deadline: "overall" },
        creates: 1,
        rule: "202 forever: the waiter's deadline ends it",
      };
    case "job-never-finishes-overall":
      return {
        outcome: "TimeoutError",
        fields: { deadline: "overall", operation: target.createOperation },
        creates: 1,
        rule: "202 forever: the create's overall deadline (create + job) ends it first",
      };
    case "job-expired":
      return {
        outcome: "JobExpiredError",
        fields: { operation },
        creates: 1,
        rule: "404: the result is lost",
      };
    case "job-fails":
      return {
        outcome: "ServerError",
        fields: { status: 503, code: "SYS.1006", operation },
        creates: 1,
        rule: "the job's own error, with ZStack's code",
      };
    case "job-reports-fail":
      return {
        outcome: "SnapshotFailedError",
        fields: { providerStatus: "FAIL", reason: "illustrative failure reason", code: "EVS.XXXX" },
        creates: 1,
        rule: "FAIL: the job's fail_reason and error_code",
      };
    default:
      if (UNDECODABLE.has(fault.key))
        return {
          outcome: "DecodeError",
          fields: { operation },
          creates: 1,
          rule: "undecodable poll: not retried",
        };
      return { outcome: "ok", creates: 1, rule: "a poll is a read: retried; the create is not repeated" };
  }
}
