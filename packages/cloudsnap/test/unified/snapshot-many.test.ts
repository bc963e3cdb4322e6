import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors";
import { SnapshotFailedError } from "../../src/core/waiter-errors";
import { JournalError } from "../../src/unified/journal";
import { type SnapshotManyEvent, snapshotMany } from "../../src/unified/snapshot-many";
import { blockSnapshotList, CREATING_BLOCK_SNAPSHOT } from "../waiters/support/ncloud-examples";

const NCP = { ncloud: { accessKey: "AKUNIT000000000001", secretKey: "unit-secret-ncloud-0123456789" } };
const NOW = new Date("2026-12-05T18:15:13.000Z");

/** A NAVER Cloud VPC fake: creates are kept (by name) so the list operation can find them again. */
function vpcFake(
  given: {
    failCreatesOf?: string | undefined;
    dropAnswerOf?: string | undefined;
    terminatedOf?: string;
  } = {},
) {
  const options = { ...given };
  const made: { volume: string; name: string; no: string }[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const form = new URLSearchParams(await request.text());
    const path = new URL(request.url).pathname;
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
    if (path.endsWith("/createBlockStorageSnapshotInstance")) {
      const volume = form.get("originalBlockStorageInstanceNo") ?? "";
      if (volume === options.failCreatesOf) {
        return json({ responseError: { returnCode: "25013", returnMessage: "volume busy" } }, 400);
      }
      const snapshot = {
        volume,
        name: form.get("blockStorageSnapshotName") ?? "",
        no: String(30000000 + made.length),
      };
      made.push(snapshot);
      if (volume === options.terminatedOf) {
        // Accepted, and already reported terminated: a snapshot that was made and failed.
        const terminated = {
          ...item(snapshot),
          blockStorageSnapshotInstanceStatus: { code: "TERMT", codeName: "terminated" },
        } as unknown as ReturnType<typeof item>; // a status the spec's example type does not list
        return json({ createBlockStorageSnapshotInstanceResponse: blockSnapshotList(terminated) });
      }
      if (volume === options.dropAnswerOf) throw new TypeError("fetch failed"); // the create ran, the answer was lost
      return json({ createBlockStorageSnapshotInstanceResponse: blockSnapshotList(item(snapshot)) });
    }
    if (path.endsWith("/getBlockStorageSnapshotInstanceList")) {
      const name = form.get("blockStorageSnapshotName");
      const volume = form.get("originalBlockStorageInstanceNoList.1");
      const items = made.filter((s) => s.name === name && s.volume === volume).map(item);
      return json({ getBlockStorageSnapshotInstanceListResponse: blockSnapshotList(...items) });
    }
    return json({}, 404);
  };
  return { fetch, made, options };
}
const item = (s: { volume: string; name: string; no: string }) => ({
  ...CREATING_BLOCK_SNAPSHOT,
  blockStorageSnapshotInstanceNo: s.no,
  blockStorageSnapshotName: s.name,
  originalBlockStorageInstanceNo: s.volume,
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "cloudsnap-many-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const volumes = (n: number) => Array.from({ length: n }, (_, i) => `ncloud-vpc:${20800000 + i}`);

describe("snapshotMany", () => {
  it("creates one snapshot per target, streaming an async iterable, and reports per-account figures", async () => {
    const fake = vpcFake();
    const events: SnapshotManyEvent[] = [];
    async function* list() {
      for (const target of volumes(12)) yield target;
    }
    const summary = await snapshotMany(list(), {
      credentials: NCP,
      endpoint: "http://ncp.test",
      fetch: fake.fetch,
      rate: 1000,
      concurrency: 4,
      now: NOW,
      onEvent: (event) => void events.push(event),
    });
    expect(summary).toMatchObject({
      total: 12,
      created: 12,
      failed: 0,
      skipped: 0,
      found: 0,
      interrupted: false,
    });
    expect(fake.made.map((s) => s.volume).sort()).toStrictEqual(
      volumes(12)
        .map((t) => t.slice(11))
        .sort(),
    );
    expect(new Set(fake.made.map((s) => s.name)).size).toBe(12);
    expect(events.filter((e) => e.type === "accepted")).toHaveLength(12);
    expect(summary.accounts).toHaveLength(1);
    expect(summary.accounts[0]).toMatchObject({
      provider: "ncloud",
      requests: 12,
      throttled: 0,
      ceiling: 1000,
    });
  });

  it("reports a malformed target as failed and goes on with the others", async () => {
    const fake = vpcFake();
    const events: SnapshotManyEvent[] = [];
    const summary = await snapshotMany(["ncloud-vpc:1", "ncloud-vpc:abc", "ncloud-vpc:2"], {
      credentials: NCP,
      endpoint: "http://ncp.test",
      fetch: fake.fetch,
      rate: 1000,
      onEvent: (event) => void events.push(event),
    });
    expect(summary).toMatchObject({ total: 3, created: 2, failed: 1 });
    const failed = events.find((e) => e.type === "failed");
    expect(failed).toMatchObject({ seq: 1, target: "ncloud-vpc:abc", retryable: false });
    expect((failed as { error: unknown }).error).toBeInstanceOf(ValidationError);
  });

  it("resumes with the journal: recorded targets are skipped, a refused create is tried again", async () => {
    const journal = join(dir, "run.jsonl");
    const fake = vpcFake({ failCreatesOf: "20800001" });
    const events: SnapshotManyEvent[] = [];
    const options = {
      credentials: NCP,
      endpoint: "http://ncp.test",
      fetch: fake.fetch,
      rate: 1000,
      journal,
      now: NOW,
      onEvent: (event: SnapshotManyEvent) => void events.push(event),
    };
    const first = await snapshotMany(volumes(3), options);
    expect(first).toMatchObject({ created: 2, failed: 1 });
    // The provider refused it: nothing was made, so a re-run (after fixing the cause) tries again.
    expect(events.find((e) => e.type === "failed")).toMatchObject({
      target: "ncloud-vpc:20800001",
      retryable: true,
    });
    const second = await snapshotMany(volumes(3), options);
    expect(second).toMatchObject({ created: 0, failed: 1, skipped: 2 });
    expect(fake.made).toHaveLength(2);
    const lines = (await readFile(journal, "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ type: "journal", version: 1, nameAt: NOW.toISOString() });
    // Three intents, then one more for the second try of the refused target; nothing rewritten.
    expect(
      lines
        .filter((l) => l.type === "intent")
        .map((l) => l.seq)
        .sort(),
    ).toStrictEqual([0, 1, 1, 2]);
    expect(
      lines
        .filter((l) => l.type === "outcome")
        .map((l) => l.outcome)
        .sort(),
    ).toStrictEqual(["created", "created", "failed", "failed"]);
    // Once the provider accepts it, the third run makes it, once; a fourth run has nothing to do.
    fake.options.failCreatesOf = undefined;
    const third = await snapshotMany(volumes(3), options);
    expect(third).toMatchObject({ created: 1, failed: 0, skipped: 2 });
    expect(fake.made).toHaveLength(3);
    const fourth = await snapshotMany(volumes(3), options);
    expect(fourth).toMatchObject({ created: 0, failed: 0, skipped: 3 });
    expect(fake.made).toHaveLength(3);
  });

  it("records a snapshot that was made and already failed as failed, and never makes it again", async () => {
    const journal = join(dir, "run.jsonl");
    const fake = vpcFake({ terminatedOf: "20800000" });
    const events: SnapshotManyEvent[] = [];
    const options = {
      credentials: NCP,
      endpoint: "http://ncp.test",
      fetch: fake.fetch,
      rate: 1000,
      journal,
      now: NOW,
      onEvent: (event: SnapshotManyEvent) => void events.push(event),
    };
    expect(await snapshotMany(volumes(2), options)).toMatchObject({ created: 1, failed: 1 });
    const failed = events.find((e) => e.type === "failed");
    expect(failed).toMatchObject({ target: "ncloud-vpc:20800000", retryable: false });
    expect((failed as { error: unknown }).error).toBeInstanceOf(SnapshotFailedError);
    expect(events.some((e) => e.type === "accepted" && e.target === "ncloud-vpc:20800000")).toBe(false);
    expect(await snapshotMany(volumes(2), options)).toMatchObject({ created: 0, failed: 0, skipped: 2 });
    expect(fake.made).toHaveLength(2);
  });

  it("looks up a refused create tried again whose answer was then lost, instead of making it twice", async () => {
    const journal = join(dir, "run.jsonl");
    const fake = vpcFake({ failCreatesOf: "20800000" });
    const options = {
      credentials: NCP,
      endpoint: "http://ncp.test",
      fetch: fake.fetch,
      rate: 1000,
      journal,
      now: NOW,
    };
    expect(await snapshotMany(volumes(1), options)).toMatchObject({ created: 0, failed: 1 });
    fake.options.failCreatesOf = undefined;
    fake.options.dropAnswerOf = "20800000";
    expect(await snapshotMany(volumes(1), options)).toMatchObject({ created: 0, failed: 1 });
    expect(fake.made).toHaveLength(1);
    fake.options.dropAnswerOf = undefined;
    expect(await snapshotMany(volumes(1), options)).toMatchObject({ found: 1, created: 0, failed: 0 });
    expect(fake.made).toHaveLength(1);
  });

  it("looks up a create whose answer was lost, and finds it instead of making a second one", async () => {
    const journal = join(dir, "run.jsonl");
    const fake = vpcFake({ dropAnswerOf: "20800000" });
    const events: SnapshotManyEvent[] = [];
    const options = {
      credentials: NCP,
      endpoint: "http://ncp.test",
      fetch: fake.fetch,
      rate: 1000,
      journal,
      now: NOW,
      onEvent: (event: SnapshotManyEvent) => void events.push(event),
    };
    const first = await snapshotMany(volumes(1), options);
    expect(first).toMatchObject({ created: 0, failed: 1 });
    expect(events.find((e) => e.type === "failed")).toMatchObject({ retryable: true });
    const second = await snapshotMany(volumes(1), { ...options, now: new Date("2030-01-01T00:00:00Z") });
    expect(second).toMatchObject({ found: 1, created: 0, failed: 0 });
    expect(fake.made).toHaveLength(1);
  });

  it("refuses a journal written for another list, and a corrupt line, before sending anything", async () => {
    const journal = join(dir, "run.jsonl");
    const fake = vpcFake();
    const options = { credentials: NCP, endpoint: "http://ncp.test", fetch: fake.fetch, rate: 1000, journal };
    await snapshotMany(volumes(2), options);
    const made = fake.made.length;
    await expect(snapshotMany(["ncloud-vpc:999", "ncloud-vpc:998"], options)).rejects.toThrow(
      /written for another target list: target #1 is ncloud-vpc:20800000 there, ncloud-vpc:999 in this list/,
    );
    await expect(snapshotMany(volumes(1), options)).rejects.toThrow(/beyond the end of this list/);
    await writeFile(journal, `${await readFile(journal, "utf8")}{not json\n`);
    await expect(snapshotMany(volumes(2), options)).rejects.toBeInstanceOf(JournalError);
    expect(fake.made).toHaveLength(made);
  });

  it("names the first target beyond the list of a journal written for a list of 200,000", async () => {
    const journal = join(dir, "run.jsonl");
    const fake = vpcFake();
    const header = JSON.stringify({
      type: "journal",
      version: 1,
      startedAt: NOW.toISOString(),
      nameAt: NOW.toISOString(),
    });
    const records = Array.from(
      { length: 200_000 },
      (_, seq) =>
        `{"type":"outcome","seq":${seq},"target":"ncloud-vpc:${20800000 + seq}","outcome":"created","at":"${NOW.toISOString()}"}`,
    );
    await writeFile(journal, `${header}\n${records.join("\n")}\n`);
    const options = { credentials: NCP, endpoint: "http://ncp.test", fetch: fake.fetch, rate: 1000, journal };
    await expect(snapshotMany(volumes(1), options)).rejects.toThrow(
      /records 199999 target\(s\) beyond the end of this list \(the first is #2\)/,
    );
    expect(fake.made).toHaveLength(0);
  });

  it("cuts a torn last line (a crash mid-write) and resumes", async () => {
    const journal = join(dir, "run.jsonl");
    const fake = vpcFake();
    const options = { credentials: NCP, endpoint: "http://ncp.test", fetch: fake.fetch, rate: 1000, journal };
    await snapshotMany(volumes(2), options);
    await writeFile(journal, `${await readFile(journal, "utf8")}{"type":"outc`);
    const again = await snapshotMany(volumes(2), options);
    expect(again).toMatchObject({ skipped: 2 });
    expect((await readFile(journal, "utf8")).endsWith("\n")).toBe(true);
  });

  it.each([
    [{ concurrency: 0 }],
    [{ concurrency: 1.5 }],
    [{ rate: -1 }],
    [{ rate: { aws: 1 } }],
    [{ wait: { deadlineMs: 0 } }],
    [{ journal: "" }],
    [{ onEvent: "x" }],
    [{ colour: "red" }],
    [{ credentials: { zstak: {} } }],
    [{ credentials: "keys" }],
  ])("refuses %j before anything is sent", async (options) => {
    const fake = vpcFake();
    await expect(
      snapshotMany(volumes(1), { fetch: fake.fetch, ...(options as object) }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(fake.made).toHaveLength(0);
  });

  it("stops taking new targets when the signal aborts and says it was interrupted", async () => {
    const fake = vpcFake();
    const controller = new AbortController();
    let seen = 0;
    const summary = await snapshotMany(volumes(50), {
      credentials: NCP,
      endpoint: "http://ncp.test",
      fetch: fake.fetch,
      rate: 1000,
      concurrency: 2,
      signal: controller.signal,
      onEvent: () => {
        seen += 1;
        if (seen === 5) controller.abort();
      },
    });
    expect(summary.interrupted).toBe(true);
    expect(summary.total).toBeLessThan(50);
    expect(fake.made.length).toBe(summary.created);
  });
});
