import type { Fault } from "../fault";

/** How long a late answer holds its headers, and how a trickled body is paced: both well past the
 * clients' 1.5 s attempt timeout, and bounded. */
export const LATE_HEADERS_MS = 3_000;
const TRICKLE_STEPS = 12;
const TRICKLE_STEP_MS = 250;

/** Faults of the connection itself: refused, reset, late, slow or cut short. */
export const TRANSPORT_FAULTS: readonly Fault[] = [
  { key: "refused", label: "connection refused", times: Number.POSITIVE_INFINITY, refuse: true },
  { key: "refused-then-up", label: "connection refused, then the server comes up", times: 1, refuse: true },
  {
    key: "reset-before-read",
    label: "reset before the request is read",
    times: 1,
    handle({ req, seen }) {
      seen.disposition = "dropped unread";
      req.socket.destroy();
    },
  },
  {
    key: "reset-after-read",
    label: "reset after the request is read",
    times: 1,
    async handle({ req, read, run, seen }) {
      run(await read());
      seen.disposition = "ran, then dropped";
      req.socket.destroy();
    },
  },
  {
    key: "headers-late",
    label: "headers after the timeout",
    times: 1,
    async handle({ read, run, send, wait, seen }) {
      const answer = run(await read());
      seen.disposition = "ran, answered late";
      if (await wait(LATE_HEADERS_MS)) send(answer);
    },
  },
  {
    key: "body-trickle",
    label: "body trickles past the timeout",
    times: 1,
    async handle({ res, read, run, wait, date, seen }) {
      const answer = run(await read());
      seen.disposition = "ran, body trickled";
      const body = Buffer.from(answer.body);
      res.writeHead(answer.status, {
        ...answer.headers,
        date: date(),
        "content-length": String(body.length),
      });
      const step = Math.ceil(body.length / (TRICKLE_STEPS + 1));
      let sent = 0;
      for (let i = 0; i < TRICKLE_STEPS && !res.destroyed; i++) {
        res.write(body.subarray(sent, sent + step));
        sent += step;
        if (!(await wait(TRICKLE_STEP_MS))) return;
      }
      if (!res.destroyed) res.end(body.subarray(sent));
    },
  },
  {
    key: "truncated",
    label: "truncated body (Content-Length larger than sent)",
    times: 1,
    async handle({ res, read, run, date, seen }) {
      const answer = run(await read());
      seen.disposition = "ran, body cut short";
      const body = Buffer.from(answer.body);
      res.writeHead(answer.status, {
        ...answer.headers,
        date: date(),
        "content-length": String(body.length + 100),
      });
      res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.end());
    },
  },
];
