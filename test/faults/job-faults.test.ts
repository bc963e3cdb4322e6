import { afterAll, describe, it } from "vitest";
import { assertCase, caseName } from "./support/assert-case";
import { expectationFor } from "./support/expectations";
import type { Fault } from "./support/fault";
import { JOB_FAULTS } from "./support/faults";
import { flushCells, recordCell } from "./support/matrix";
import { type CaseOptions, runCase, WAIT } from "./support/run-case";
import { TARGETS } from "./support/targets";

afterAll(() => flushCells("3-jobs"));

const neverFinishes = JOB_FAULTS.find((f) => f.key === "job-never-finishes") as Fault;

/** Each job ending, with the deadlines that make "never" end quickly. */
const CASES: readonly { fault: Fault; options: CaseOptions }[] = [
  ...JOB_FAULTS.map((fault) => ({ fault, options: { wait: { ...WAIT, deadlineMs: 1_500 } } })),
  {
    fault: {
      ...neverFinishes,
      key: "job-never-finishes-overall",
      label: "job never finishes, overall deadline first",
    },
    options: { wait: { ...WAIT, deadlineMs: 15_000 }, call: { overallTimeoutMs: 1_800 } },
  },
];

describe("fault injection: asynchronous jobs that end badly", () => {
  for (const { fault, options } of CASES) {
    for (const target of TARGETS.filter((t) => fault.only?.includes(t.key))) {
      const want = expectationFor(target, "poll", fault);
      it(caseName(target, "poll", fault, want), async () => {
        const result = await runCase(target, "poll", fault, options);
        let passed = false;
        try {
          assertCase(target, "poll", fault, want, result);
          passed = true;
        } finally {
          recordCell("asynchronous jobs", fault.label, target.label.replace(/ create$/, ""), result, passed);
        }
      });
    }
  }
});
