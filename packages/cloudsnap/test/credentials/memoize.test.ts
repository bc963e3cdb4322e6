import { describe, expect, it } from "vitest";
import { memoize } from "../../src/core/credentials";
import { rejectionOf } from "./memory-files";

/** A provider that counts calls and resolves each call with `value-<n>` when released. */
function counting() {
  let calls = 0;
  const releases: Array<() => void> = [];
  const failures: Array<(error: Error) => void> = [];
  const provider = () =>
    new Promise<{ id: string; expires: number }>((resolve, reject) => {
      calls += 1;
      const id = `value-${calls}`;
      releases.push(() => resolve({ id, expires: 1000 * calls }));
      failures.push(reject);
    });
  return {
    provider,
    calls: () => calls,
    release: (i: number) => releases[i]?.(),
    fail: (i: number) => failures[i]?.(new Error("temporary")),
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("memoize", () => {
  it("shares one resolution between concurrent callers", async () => {
    const source = counting();
    const memoized = memoize(source.provider);
    const all = Promise.all([memoized(), memoized(), memoized()]);
    await tick();
    source.release(0);
    const values = await all;
    expect(source.calls()).toBe(1);
    expect(new Set(values.map((v) => v.id))).toEqual(new Set(["value-1"]));
    expect((await memoized()).id).toBe("value-1");
  });

  it("does not cache a rejection", async () => {
    const source = counting();
    const memoized = memoize(source.provider);
    const first = memoized();
    const second = memoized();
    await tick();
    source.fail(0);
    expect((await rejectionOf(first)).message).toBe("temporary");
    expect((await rejectionOf(second)).message).toBe("temporary");
    const third = memoized();
    await tick();
    source.release(1);
    expect((await third).id).toBe("value-2");
    expect(source.calls()).toBe(2);
  });

  const expiryCases = [
    { name: "before expiresAt", given: { now: 999, refreshBeforeMs: 0 }, want: "value-1" },
    { name: "at expiresAt", given: { now: 1000, refreshBeforeMs: 0 }, want: "value-2" },
    { name: "inside the refresh window", given: { now: 950, refreshBeforeMs: 100 }, want: "value-2" },
  ];
  it.each(expiryCases)("expiresAt: $name", async ({ given, want }) => {
    const source = counting();
    let now = 0;
    const memoized = memoize(source.provider, {
      expiresAt: (v) => new Date(v.expires),
      refreshBeforeMs: given.refreshBeforeMs,
      now: () => now,
    });
    const first = memoized();
    await tick();
    source.release(0);
    await first;
    now = given.now;
    const next = memoized();
    await tick();
    source.release(1);
    expect((await next).id).toBe(want);
  });

  it("refreshes once for concurrent callers after expiry (isExpired)", async () => {
    const source = counting();
    let expired = false;
    const memoized = memoize(source.provider, { isExpired: () => expired });
    const first = memoized();
    await tick();
    source.release(0);
    await first;
    expired = true;
    const both = Promise.all([memoized(), memoized()]);
    expired = false;
    await tick();
    source.release(1);
    expect((await both).map((v) => v.id)).toEqual(["value-2", "value-2"]);
    expect(source.calls()).toBe(2);
  });

  it("invalidate() forces the next call to fetch again", async () => {
    let n = 0;
    const memoized = memoize(async () => ++n);
    expect(await memoized()).toBe(1);
    expect(await memoized()).toBe(1);
    memoized.invalidate();
    expect(await memoized()).toBe(2);
  });

  it("turns a synchronous throw into a rejection", async () => {
    const memoized = memoize((): Promise<number> => {
      throw new Error("sync");
    });
    expect((await rejectionOf(memoized())).message).toBe("sync");
  });
});
