import { afterAll, describe, it } from "vitest";
import { assertCase, caseName } from "./support/assert-case";
import { expectationFor } from "./support/expectations";
import { COMMON_FAULTS } from "./support/faults";
import { flushCells, recordCell } from "./support/matrix";
import { runCase } from "./support/run-case";
import { TARGETS } from "./support/targets";

// Cases × providers: every fault against each of the five creates, through the real facade and
// the real fetch, on a misbehaving server on 127.0.0.1.
afterAll(() => flushCells("1-create"));

describe("fault injection: the create", () => {
  for (const fault of COMMON_FAULTS) {
    for (const target of TARGETS) {
      const want = expectationFor(target, "create", fault);
      it(caseName(target, "create", fault, want), async () => {
        const result = await runCase(target, "create", fault);
        let passed = false;
        try {
          assertCase(target, "create", fault, want, result);
          passed = true;
        } finally {
          recordCell("create", fault.label, target.label.replace(/ create$/, ""), result, passed);
        }
      });
    }
  }
});
