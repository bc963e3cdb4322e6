import { expect } from "vitest";
import type { RuntimeSpec } from "../../../scripts/packaging/runtimes";

const HEX32 = /^[0-9a-f]{32}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * What a successful consumer run must report: the runtime it really ran on, and for every provider
 * a created snapshot that reached its usable state. Values are semantic (statuses, id formats), not
 * copied from one spec example, so a spec's example can change without breaking this test.
 */
export function expectedReport(runtime: RuntimeSpec, format: "esm" | "cjs") {
  const name = runtime.source.kind === "npm" ? runtime.source.pkg : "node";
  return {
    runtime: { name, version: runtime.version },
    format,
    nas: {
      created: expect.arrayContaining([expect.stringMatching(/\S/)]),
      listed: expect.arrayContaining([expect.stringMatching(/\S/)]),
    },
    vserver: { snapshotNo: expect.stringMatching(/\S/), createdStatus: "INIT", finalStatus: "CREAT" },
    searchEngine: { accepted: true, polls: expect.any(Number) },
    evs: {
      snapshotId: expect.stringMatching(UUID),
      jobId: expect.stringMatching(HEX32),
      finalStatus: "available",
    },
    zstack: { uuid: expect.stringMatching(HEX32) },
    typedError: { isHttpError: true, instanceOfNotFound: true, status: 404 },
    standalone: { evsStatus: 200, zstackJobStatus: expect.any(Number), searchEngineHistoryStatus: 200 },
  };
}
