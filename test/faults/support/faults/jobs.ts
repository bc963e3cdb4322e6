import { bodyText, withEcho } from "../answers";
import type { Fault, FaultContext } from "../fault";
import { requireExample } from "../spec-examples";

/** Answers with the spec example `name` of the polled operation's `status`, quoting the canary. */
function example(context: FaultContext, status: number, name: string, echo: boolean): void {
  const { contentType, value } = requireExample(context.target.spec, context.route.operation, status, {
    name,
  });
  context.seen.disposition = `answered ${status} ${name}`;
  context.send({
    status,
    headers: { "content-type": contentType },
    body: bodyText(echo ? withEcho(value, context.target.canary) : value),
  });
}

/** How the providers' asynchronous jobs end badly, as their specs describe it. */
export const JOB_FAULTS: readonly Fault[] = [
  {
    key: "job-never-finishes",
    label: "job never finishes (202 forever)",
    times: Number.POSITIVE_INFINITY,
    only: ["zstack"],
    phase: "poll",
    handle: (context) => example(context, 202, "stillRunning", false),
  },
  {
    key: "job-expired",
    label: 'job expired (404 "the job has been expired")',
    times: Number.POSITIVE_INFINITY,
    only: ["zstack"],
    phase: "poll",
    handle: (context) => example(context, 404, "jobExpired", true),
  },
  {
    key: "job-fails",
    label: "job fails (503 + error)",
    times: Number.POSITIVE_INFINITY,
    only: ["zstack"],
    phase: "poll",
    handle: (context) => example(context, 503, "volumeNotEnabled", true),
  },
  {
    key: "job-reports-fail",
    label: "job reports FAIL",
    times: Number.POSITIVE_INFINITY,
    only: ["evs"],
    phase: "poll",
    handle: (context) => example(context, 200, "failed", false),
  },
];
