// The journal's lock (`<path>.lock` with the owner's pid): two runs never write one journal, and a
// crashed run's lock is taken over, whenever the crash came.

import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openAppendLog } from "../../src/files/node";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "cloudsnap-lock-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A pid no process has: past Linux's pid_max (at most 2^22). */
const DEAD_PID = 2 ** 22 + 17;

describe("openAppendLog's lock", () => {
  it("refuses a second open of the same journal in this process until the first is closed", async () => {
    const path = join(dir, "run.jsonl");
    const first = await openAppendLog(path);
    expect(await readFile(`${path}.lock`, "utf8")).toBe(`${process.pid}\n`);
    await expect(openAppendLog(path)).rejects.toMatchObject({ code: "ELOCKED" });
    await first.close();
    const again = await openAppendLog(path);
    await again.close();
  });

  it("refuses a lock held by another live process", async () => {
    const path = join(dir, "run.jsonl");
    await writeFile(`${path}.lock`, `${process.ppid}\n`);
    await expect(openAppendLog(path)).rejects.toThrow(`held by process ${process.ppid}`);
  });

  it("takes over the lock of a process that is gone", async () => {
    const path = join(dir, "run.jsonl");
    await writeFile(`${path}.lock`, `${DEAD_PID}\n`);
    const log = await openAppendLog(path);
    expect(await readFile(`${path}.lock`, "utf8")).toBe(`${process.pid}\n`);
    await log.close();
  });

  it("takes over a lock that names no process: a run never leaves one (its lock appears whole)", async () => {
    const path = join(dir, "run.jsonl");
    await writeFile(`${path}.lock`, "");
    const log = await openAppendLog(path);
    expect(await readFile(`${path}.lock`, "utf8")).toBe(`${process.pid}\n`);
    await log.close();
    // Nothing of the lock's own file is left beside it.
    expect((await readdir(dir)).filter((name) => name.startsWith("run.jsonl.lock"))).toStrictEqual([]);
  });

  it("appends whole records and removes the lock on close", async () => {
    const path = join(dir, "run.jsonl");
    const log = await openAppendLog(path);
    await log.append('{"a":1}\n');
    await log.append('{"b":2}\n');
    await log.close();
    expect(await readFile(path, "utf8")).toBe('{"a":1}\n{"b":2}\n');
    await expect(readFile(`${path}.lock`, "utf8")).rejects.toMatchObject({ code: "ENOENT" });
  });
});
