import { afterAll, describe, it } from "vitest";
import { assertCase, caseName } from "./support/assert-case";
import { expectationFor } from "./support/expectations";
import { COMMON_FAULTS } from "./support/faults";
import { flushCells, recordCell } from "./support/matrix";
import { runCase } from "./support/run-case";
import { TARGETS } from "./support/targets";

// Cases × providers: every fault against each waiter's polls, after a create that went through
// (ZStack's create follows its job itself; the others use their `…AndWait` form).
afterAll(() => flushCells("2-poll"));

describe("fault injection: the waiter's polls", () => {
  for (const fault of COMMON_FAULTS) {
    for (const target of TARGETS) {
      const want = expectationFor(target, "poll", fault);
      it(caseName(target, "poll", fault, want), async () => {
        const result = await runCase(target, "poll", fault);
        let passed = false;
        try {
          assertCase(target, "poll", fault, want, result);
          passed = true;
        } finally {
          recordCell(
            "waiter poll (after one good create)",
            fault.label,
            target.label.replace(/ create$/, ""),
            result,
            passed,
          );
        }
      });
    }
  }
});
