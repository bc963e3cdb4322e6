import { describe, expect, it } from "vitest";
import {
  AccountLimiter,
  type LimiterClock,
  limitedFetch,
  type ThrottleNotice,
} from "../../src/unified/rate-limiter";

/** A manual clock: timers fire only when the test advances time, each `lateMs` after it was due. */
function manualClock(lateMs = 0) {
  let now = 0;
  let timers: { at: number; callback: () => void; id: number }[] = [];
  let ids = 0;
  const clock: LimiterClock = {
    now: () => now,
    setTimeout: (callback, ms) => {
      const id = ++ids;
      timers.push({ at: now + ms + lateMs, callback, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((timer) => timer.id !== id);
    },
  };
  const advance = async (ms: number) => {
    const end = now + ms;
    for (let guard = 0; guard < 100_000; guard += 1) {
      const due = timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      timers = timers.filter((timer) => timer !== due);
      now = due.at;
      due.callback();
      await new Promise((resolve) => setImmediate(resolve)); // let released requests run
    }
    now = end;
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { clock, advance };
}

describe("AccountLimiter", () => {
  it("spaces requests 1/rate apart and never bursts more than the ceiling allows", async () => {
    const { clock, advance } = manualClock();
    const limiter = new AccountLimiter("a", 10, { clock });
    const times: number[] = [];
    const all = Array.from({ length: 25 }, () => limiter.acquire().then(() => times.push(clock.now())));
    await advance(0);
    expect(times).toStrictEqual([0]);
    await advance(3_000);
    await Promise.all(all);
    expect(times).toHaveLength(25);
    for (let i = 1; i < times.length; i += 1)
      expect((times[i] as number) - (times[i - 1] as number)).toBeCloseTo(100, 5);
    expect(limiter.stats()).toMatchObject({ requests: 25, throttled: 0, ceiling: 10 });
    expect(limiter.stats().achievedRate).toBeCloseTo(10, 5);
  });

  it("keeps the rate when every timer fires late: what fell due meanwhile goes at once", async () => {
    // 15 ms late at 100/s (a busy event loop): each timer finds one or two more requests due.
    const { clock, advance } = manualClock(15);
    const limiter = new AccountLimiter("a", 100, { clock });
    const times: number[] = [];
    const all = Array.from({ length: 301 }, () => limiter.acquire().then(() => times.push(clock.now())));
    await advance(3_100);
    await Promise.all(all);
    expect(times).toHaveLength(301);
    expect(times.at(-1)).toBeLessThanOrEqual(3_000 + 15);
    // Never ahead of the schedule: the i-th request goes no earlier than i/rate.
    for (const [i, at] of times.entries()) expect(at).toBeGreaterThanOrEqual(i * 10 - 1e-9);
    limiter.close(new Error("done"));
  });

  it("catches up at most 100 ms worth after a long stall, and banks nothing while idle", async () => {
    const { clock, advance } = manualClock(1_000); // one stalled second
    const limiter = new AccountLimiter("a", 100, { clock });
    const times: number[] = [];
    const all = Array.from({ length: 30 }, () => limiter.acquire().then(() => times.push(clock.now())));
    await advance(0);
    expect(times).toStrictEqual([0]);
    await advance(1_010);
    // After the stall: 100 ms worth (10) plus the one due now; the rest of the second is lost.
    expect(times.filter((at) => at === 1_010)).toHaveLength(11);
    limiter.close(new Error("stop"));
    await Promise.allSettled(all);

    const idle = manualClock();
    const fresh = new AccountLimiter("b", 100, { clock: idle.clock });
    await fresh.acquire();
    await idle.advance(5_000);
    const after: number[] = [];
    const burst = Array.from({ length: 10 }, () => fresh.acquire().then(() => after.push(idle.clock.now())));
    await idle.advance(0);
    expect(after).toHaveLength(2);
    await idle.advance(100);
    await Promise.all(burst);
    fresh.close(new Error("done"));
  });

  it("pauses every waiting request on throttling, halves the rate, honours Retry-After, then ramps back up", async () => {
    const { clock, advance } = manualClock();
    const notices: ThrottleNotice[] = [];
    const limiter = new AccountLimiter("a", 10, { clock, onThrottle: (notice) => notices.push(notice) });
    await limiter.acquire();
    limiter.throttled(2_000);
    expect(notices).toStrictEqual([{ account: "a", pauseMs: 2_000, rate: 5, retryAfterMs: 2_000 }]);
    let released = 0;
    const waiting = Array.from({ length: 3 }, () => limiter.acquire().then(() => (released += 1)));
    await advance(1_999);
    expect(released).toBe(0);
    await advance(1);
    expect(released).toBe(1);
    await advance(400);
    expect(released).toBe(3); // 5/s (ramping up) after the pause
    await Promise.all(waiting);
    expect(limiter.rate).toBeGreaterThan(5);
    await advance(10_000);
    await limiter.acquire().then(() => undefined);
    expect(limiter.rate).toBe(10);
  });

  it("never drops below a sixteenth of the ceiling, and caps a huge Retry-After at a minute", () => {
    const { clock } = manualClock();
    const notices: ThrottleNotice[] = [];
    const limiter = new AccountLimiter("a", 16, { clock, onThrottle: (notice) => notices.push(notice) });
    for (let i = 0; i < 10; i += 1) limiter.throttled(undefined);
    expect(limiter.rate).toBe(1);
    limiter.throttled(10 * 3_600_000);
    expect(notices.at(-1)?.pauseMs).toBe(60_000);
    expect(notices[0]?.pauseMs).toBe(1_000);
  });

  it("releases a waiting request when its signal aborts, and close() rejects the rest", async () => {
    const { clock } = manualClock();
    const limiter = new AccountLimiter("a", 1, { clock });
    await limiter.acquire();
    const controller = new AbortController();
    const aborted = limiter.acquire(controller.signal);
    controller.abort(new Error("stop"));
    await expect(aborted).rejects.toThrow("stop");
    const left = limiter.acquire();
    limiter.close(new Error("closed"));
    await expect(left).rejects.toThrow("closed");
  });
});

describe("limitedFetch", () => {
  it("takes a token per request and reports a 429 with its Retry-After", async () => {
    const notices: ThrottleNotice[] = [];
    const limiter = new AccountLimiter("a", 1000, { onThrottle: (notice) => notices.push(notice) });
    let calls = 0;
    const fetch = limitedFetch(limiter, async () => {
      calls += 1;
      return calls === 2
        ? new Response("{}", { status: 429, headers: { "retry-after": "0" } })
        : new Response("{}");
    });
    await fetch(new Request("http://127.0.0.1/x"));
    const throttled = await fetch(new Request("http://127.0.0.1/x"));
    expect(throttled.status).toBe(429);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.retryAfterMs).toBe(0);
    expect(limiter.stats().requests).toBe(2);
    limiter.close(new Error("done"));
  });
});
