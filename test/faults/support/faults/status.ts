import type { Fault } from "../fault";

/** What `Retry-After` asks for on the throttled answer: more than the clients' 300 ms cap. */
export const RETRY_AFTER_SECONDS = 1;

function throttle(key: string, label: string, headers: Record<string, string>): Fault {
  return {
    key,
    label,
    times: 1,
    async handle({ read, send, route, target, seen }) {
      await read();
      seen.disposition = "throttled";
      const answer = target.errorAnswer(route, 429, target.canary);
      send({ ...answer, headers: { ...answer.headers, ...headers } });
    },
  };
}

function failWith(status: number): Fault {
  return {
    key: String(status),
    label: `${status}`,
    times: 1,
    // The worst case for a create: it ran, then the answer was an error.
    async handle({ read, run, send, route, target, seen }) {
      run(await read());
      send(target.errorAnswer(route, status, target.canary));
      seen.disposition = `ran, answered ${status}`;
    },
  };
}

/** Throttling, server errors and the clock-skew rejection, in each provider's own words. */
export const STATUS_FAULTS: readonly Fault[] = [
  throttle("429", "429 without Retry-After", {}),
  throttle("429-retry-after", `429 with Retry-After: ${RETRY_AFTER_SECONDS}`, {
    "retry-after": String(RETRY_AFTER_SECONDS),
  }),
  failWith(500),
  failWith(502),
  failWith(503),
  failWith(504),
  {
    key: "clock-skew",
    label: "clock-skew rejection, Date an hour off",
    times: 1,
    async handle({ read, send, state, target, seen }) {
      await read();
      state.clockOffsetMs = 60 * 60_000;
      seen.disposition = "skew-rejected";
      send(target.skewRejection());
    },
  },
];
