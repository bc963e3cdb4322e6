// Issue 12 §6: concurrent calls on one client. A server clock an hour off is learned once and every
// refused request re-signed once (one creation per create); one login or token request serves
// hundreds of calls, and one renewal serves all calls refused together; one shared AbortSignal keeps
// one listener whatever the number of calls, released when they settle.

import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { ZSTACK_SESSION_EXPIRED } from "./support/answers";
import { documented, EVS_IAM, FAST_WAIT, newWorld, TARGETS, ZSTACK_SESSION } from "./support/apis";
import { barrier, closeAll, json, type Reply, type Seen, serve } from "./support/server";

afterEach(closeAll);

const CONCURRENT = 20;
const HOUR = 3_600_000;

function header(request: Seen, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

describe("a server clock an hour off: 20 concurrent creates on a fresh client all succeed (issue 12 §6)", () => {
  for (const target of TARGETS) {
    for (const offset of [HOUR, -HOUR]) {
      const signing = target.signedAt !== undefined;
      it(`${target.label}: server clock ${offset > 0 ? "+" : "-"}1 h → ${CONCURRENT} creates, each created once`, async () => {
        const world = newWorld();
        const server = await serve();
        const normal = documented(target, world);
        // The first wave is held until every call has been refused once, so none learns the offset
        // from another's answer before being refused itself.
        const firstWave = barrier(CONCURRENT);
        let refused = 0;
        let createRequests = 0;
        server.handler = async (request): Promise<Reply> => {
          const route = target.route(request);
          if (route?.role === "create") createRequests += 1;
          const serverNow = Date.now() + offset;
          const signedAt = target.signedAt?.(request);
          const skewed =
            signing &&
            (signedAt === undefined || Math.abs(signedAt - serverNow) > (target.skewWindowMs ?? 0));
          if (!skewed) return normal(request);
          refused += 1;
          if (refused <= CONCURRENT) await firstWave.arrive();
          const rejection = target.skewRejection?.() as Exclude<Reply, "destroy">;
          return { ...rejection, headers: { ...rejection.headers, date: new Date(serverNow).toUTCString() } };
        };
        const calls = target.client(server.origin, { overallTimeoutMs: 20_000 });
        const results = await Promise.allSettled(
          Array.from({ length: CONCURRENT }, () =>
            calls.create(target.validParams(), target.api === "zstack" ? FAST_WAIT : undefined),
          ),
        );
        expect(results.filter((r) => r.status === "rejected")).toEqual([]);
        expect(world.creates).toBe(CONCURRENT);
        // Each create was sent at most twice: once refused for the clock, once re-signed.
        expect(createRequests).toBeLessThanOrEqual(signing ? 2 * CONCURRENT : CONCURRENT);
        if (signing) expect(refused).toBeGreaterThanOrEqual(CONCURRENT);
      });
    }
  }
});

describe("ZStack sessions under concurrency (issue 12 §6)", () => {
  it("200 concurrent creates on a fresh client log in once", async () => {
    const world = newWorld();
    const server = await serve();
    const normal = documented(ZSTACK_SESSION, world);
    server.handler = async (request) => {
      // A slow login: every call is waiting on it by the time it answers.
      if (ZSTACK_SESSION.route(request)?.role === "auth") await new Promise((r) => setTimeout(r, 50));
      return normal(request);
    };
    const calls = ZSTACK_SESSION.client(server.origin, { overallTimeoutMs: 30_000 });
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, () => calls.create(ZSTACK_SESSION.validParams(), FAST_WAIT)),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(world.logins).toBe(1);
    expect(world.creates).toBe(200);
  });

  /** A node that checks sessions: an unknown or expired one is refused with 503 ID.1001. */
  function checkingSessions(
    world: ReturnType<typeof newWorld>,
    hold: (request: Seen) => Promise<void> | void,
  ) {
    const normal = documented(ZSTACK_SESSION, world);
    return async (request: Seen): Promise<Reply> => {
      const route = ZSTACK_SESSION.route(request);
      if (route?.role === "auth") return normal(request);
      await hold(request);
      const session = /^OAuth (.+)$/.exec(header(request, "authorization") ?? "")?.[1] ?? "";
      if (!world.sessions.has(session)) return json(503, ZSTACK_SESSION_EXPIRED);
      return normal(request);
    };
  }

  it(`the session expires while ${CONCURRENT} creates poll their jobs → one new login, polls retried, none failed`, async () => {
    const world = newWorld();
    const server = await serve();
    const polls = barrier(CONCURRENT);
    let expired = false;
    server.handler = checkingSessions(world, async (request) => {
      if (ZSTACK_SESSION.route(request)?.operation !== "getApiJob" || expired) return;
      await polls.arrive();
      if (!expired) {
        expired = true;
        world.sessions.clear();
      }
    });
    const calls = ZSTACK_SESSION.client(server.origin, { overallTimeoutMs: 20_000 });
    const results = await Promise.allSettled(
      Array.from({ length: CONCURRENT }, () => calls.create(ZSTACK_SESSION.validParams(), FAST_WAIT)),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(world.logins).toBe(2);
    // Every create ran once: none was sent again, none reported failed.
    expect(world.creates).toBe(CONCURRENT);
    expect(server.seen.filter((r) => ZSTACK_SESSION.route(r)?.role === "create")).toHaveLength(CONCURRENT);
  });

  it(`the session expires before ${CONCURRENT} creates arrive → one new login, each create sent again once`, async () => {
    const world = newWorld();
    const server = await serve();
    const creates = barrier(CONCURRENT);
    let expired = false;
    server.handler = checkingSessions(world, async (request) => {
      if (ZSTACK_SESSION.route(request)?.role !== "create" || expired) return;
      await creates.arrive();
      if (!expired) {
        expired = true;
        world.sessions.clear();
      }
    });
    const calls = ZSTACK_SESSION.client(server.origin, { overallTimeoutMs: 20_000 });
    const results = await Promise.allSettled(
      Array.from({ length: CONCURRENT }, () => calls.create(ZSTACK_SESSION.validParams(), FAST_WAIT)),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(world.logins).toBe(2);
    expect(world.creates).toBe(CONCURRENT);
    expect(server.seen.filter((r) => ZSTACK_SESSION.route(r)?.role === "create")).toHaveLength(
      2 * CONCURRENT,
    );
  });
});

describe("Huawei IAM tokens under concurrency (issue 12 §6)", () => {
  it(`${CONCURRENT} creates on a fresh client share one token; revoked mid-flight, one token request renews it`, async () => {
    const world = newWorld();
    const server = await serve();
    const normal = documented(EVS_IAM, world);
    const creates = barrier(CONCURRENT);
    let revoked = false;
    server.handler = async (request) => {
      const route = EVS_IAM.route(request);
      if (route?.role === "auth") {
        await new Promise((r) => setTimeout(r, 20));
        return normal(request);
      }
      if (route?.role === "create" && !revoked) {
        await creates.arrive();
        if (!revoked) {
          revoked = true;
          world.tokens.clear();
        }
      }
      if (!world.tokens.has(header(request, "x-auth-token") ?? "")) {
        return json(401, { error_code: "APIGW.0307", error_msg: "The token expires.", request_id: "r-1" });
      }
      return normal(request);
    };
    const calls = EVS_IAM.client(server.origin, { overallTimeoutMs: 20_000 });
    const results = await Promise.allSettled(
      Array.from({ length: CONCURRENT }, () => calls.create(EVS_IAM.validParams())),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    // One token for the fresh client, one renewal after the revocation.
    expect(world.logins).toBe(2);
    expect(world.creates).toBe(CONCURRENT);
  });
});

describe("one AbortSignal shared by many concurrent calls (issue 12 §6)", () => {
  const CALLS = 30;
  for (const target of TARGETS) {
    for (const ending of ["settle", "abort"] as const) {
      it(`${target.label}: ${CALLS} createAndWait calls hold one listener on it, none once they ${ending === "settle" ? "settle" : "are aborted"}`, async () => {
        const warnings: Error[] = [];
        const onWarning = (warning: Error) => warnings.push(warning);
        process.on("warning", onWarning);
        try {
          const world = newWorld();
          const server = await serve();
          const normal = documented(target, world);
          const controller = new AbortController();
          const held = barrier(CALLS);
          let whileHeld = -1;
          server.handler = async (request) => {
            const route = target.route(request);
            if (route?.role === "create" && world.creates < CALLS) {
              world.creates += 1;
              if (world.creates === CALLS) {
                whileHeld = getEventListeners(controller.signal, "abort").length;
                if (ending === "abort") controller.abort(new Error("stop them all"));
              }
              await held.arrive();
              world.creates -= 1;
            }
            return normal(request);
          };
          const calls = target.client(server.origin);
          const results = await Promise.allSettled(
            Array.from({ length: CALLS }, () =>
              calls.createAndWait(
                target.validParams(),
                calls.andWaitOptions(FAST_WAIT, { signal: controller.signal }),
              ),
            ),
          );
          expect(whileHeld).toBeGreaterThanOrEqual(1);
          expect(whileHeld).toBeLessThanOrEqual(2);
          if (ending === "settle") {
            expect(results.filter((r) => r.status === "rejected")).toEqual([]);
          } else {
            for (const result of results) {
              expect(result.status).toBe("rejected");
              expect((result as PromiseRejectedResult).reason).toBe(controller.signal.reason);
            }
          }
          expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
          expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
        } finally {
          process.off("warning", onWarning);
        }
      });
    }
  }
});
