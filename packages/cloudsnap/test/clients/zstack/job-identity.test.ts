import { afterEach, describe, expect, it, vi } from "vitest";
import { NetworkError, ValidationError } from "../../../src/core/errors";
import { BadRequestError, ServerError } from "../../../src/core/http-errors";
import { createZStackClient } from "../../../src/providers/zstack/client";
import { zstackInventory } from "../../support/valid-answers";
import { json, recordingFetch, type SeenRequest } from "../support/recording-fetch";
import { isJobPoll, isLogin, isLogout, loggedIn } from "./support/zstack-answers";

const ORIGIN = "http://zs.example.test:8080";
const ACCOUNT = { accountName: "admin", password: "unit-password-zstack" };
const VOLUME = "e60a0fb0b75743c1b0fcb017e31db043";
const CHOSEN = "5a1b0c2d3e4f40718293a4b5c6d7e8f9";
const INVENTORY = zstackInventory({
  uuid: "1a2b3c4d5e6f708192a3b4c5d6e7f809",
  name: "s",
  status: "Ready",
  volumeUuid: VOLUME,
});
const FAST = { retry: { baseDelayMs: 1 } };

const reset = () =>
  new TypeError("fetch failed", { cause: Object.assign(new Error("reset"), { code: "ECONNRESET" }) });
const accepted = (request: SeenRequest) =>
  json({ location: `${ORIGIN}/zstack/v1/api-jobs/${request.headers.get("x-job-uuid")}` }, 202);
const duplicate = (request: SeenRequest) =>
  new Response(`Duplicate job uuid[${request.headers.get("x-job-uuid")}]`, {
    status: 400,
    headers: { "content-type": "text/plain" },
  });

type Step = (request: SeenRequest) => Response | Promise<Response>;

/** A management node answering the n-th create with `creates[n]` (the last repeats) and polls with 200. */
function nodeWith(creates: readonly Step[], poll: Step = () => json({ inventory: INVENTORY })) {
  let createCount = 0;
  const { fetch, seen } = recordingFetch((request) => {
    if (isLogin(request)) return loggedIn(0);
    if (isLogout(request)) return json({});
    if (isJobPoll(request)) return poll(request);
    const step = creates[Math.min(createCount, creates.length - 1)];
    createCount += 1;
    if (!step) throw new Error("no create answer");
    return step(request);
  });
  const client = createZStackClient({ credentials: ACCOUNT, endpoint: ORIGIN, fetch });
  const creates_ = () => seen.filter((s) => s.method === "POST");
  return { client, seen, creates: creates_, polls: () => seen.filter(isJobPoll) };
}

const create = (
  client: ReturnType<typeof createZStackClient>,
  params: Record<string, unknown> = {},
  options = {},
) =>
  client.volumeSnapshots.createVolumeSnapshot(
    { volumeUuid: VOLUME, params: { name: "s" }, ...params },
    { ...FAST, ...options },
  );

afterEach(() => {
  vi.useRealTimers();
});

describe("ZStack create identity (X-Job-UUID)", () => {
  it("sends a fresh 32-hex X-Job-UUID with each create call, and none on polls", async () => {
    const { client, creates, polls } = nodeWith([accepted]);
    await create(client);
    await create(client);
    const ids = creates().map((c) => c.headers.get("x-job-uuid"));
    expect(ids.every((id) => /^[0-9a-f]{32}$/.test(id ?? ""))).toBe(true);
    expect(new Set(ids).size).toBe(2);
    expect(polls().every((p) => !p.headers.has("x-job-uuid"))).toBe(true);
  });

  it("reuses one X-Job-UUID on every ZStack attempt", async () => {
    const { client, creates } = nodeWith([
      () => {
        throw reset();
      },
      () => json({}, 502),
      accepted,
    ]);
    await expect(create(client)).resolves.toEqual({ inventory: INVENTORY });
    const ids = creates().map((c) => c.headers.get("x-job-uuid"));
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(1);
  });

  it("retries a ZStack create after a timeout because it carries X-Job-UUID", async () => {
    let first = true;
    const { client, creates } = nodeWith([
      (request) => {
        if (!first) return accepted(request);
        first = false;
        return new Promise<Response>(() => undefined);
      },
    ]);
    await expect(create(client, {}, { timeoutMs: 50 })).resolves.toEqual({ inventory: INVENTORY });
    expect(creates()).toHaveLength(2);
  });

  it("follows the job the first attempt started when a retry gets 400 Duplicate job uuid", async () => {
    const { client, creates, polls } = nodeWith([
      () => {
        throw reset();
      },
      duplicate,
    ]);
    await expect(create(client)).resolves.toEqual({ inventory: INVENTORY });
    const id = creates()[0]?.headers.get("x-job-uuid");
    expect(creates()).toHaveLength(2);
    expect(polls().map((p) => p.url.pathname)).toEqual([`/zstack/v1/api-jobs/${id}`]);
  });

  const chosen = [
    { name: "as a parameter", given: { params: { "X-Job-UUID": CHOSEN }, options: {} } },
    { name: "in the call's headers", given: { params: {}, options: { headers: { "x-job-uuid": CHOSEN } } } },
  ];
  it.each(chosen)(
    "uses the caller's X-Job-UUID given $name on every attempt, and follows it on a duplicate retry",
    async ({ given }) => {
      const { client, creates, polls } = nodeWith([
        () => {
          throw reset();
        },
        duplicate,
      ]);
      await expect(create(client, given.params, given.options)).resolves.toEqual({ inventory: INVENTORY });
      expect(creates().map((c) => c.headers.get("x-job-uuid"))).toEqual([CHOSEN, CHOSEN]);
      expect(polls().map((p) => p.url.pathname)).toEqual([`/zstack/v1/api-jobs/${CHOSEN}`]);
    },
  );

  it("reports a duplicate on the first try (an id used before this call) as a BadRequestError, not followed", async () => {
    const { client, creates, polls } = nodeWith([duplicate]);
    const error = await create(client, { "X-Job-UUID": CHOSEN }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).providerMessage).toContain(CHOSEN);
    expect(creates()).toHaveLength(1);
    expect(polls()).toHaveLength(0);
  });

  it("does not take a Duplicate job uuid refusal that names another id as proof", async () => {
    const other = () =>
      new Response(`Duplicate job uuid[${CHOSEN}]`, {
        status: 400,
        headers: { "content-type": "text/plain" },
      });
    const { client, creates, polls } = nodeWith([
      () => {
        throw reset();
      },
      other,
    ]);
    await expect(create(client)).rejects.toBeInstanceOf(BadRequestError);
    expect(creates()).toHaveLength(2);
    expect(polls()).toHaveLength(0);
  });

  const malformed = [
    { name: "upper-case hex", given: CHOSEN.toUpperCase() },
    { name: "a dashed UUID", given: "5a1b0c2d-3e4f-4071-8293-a4b5c6d7e8f9" },
    { name: "a number", given: 42 },
  ];
  it.each(malformed)(
    "rejects $name as X-Job-UUID with a ValidationError before sending",
    async ({ given }) => {
      const { client, creates } = nodeWith([accepted]);
      const error = await create(client, { "X-Job-UUID": given }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).path).toBe("X-Job-UUID");
      expect(creates()).toHaveLength(0);
    },
  );

  it("does not retry a ZStack create after another 400", async () => {
    const bad = () => new Response("missing header 'Authorization'", { status: 400 });
    const { client, creates } = nodeWith([bad, accepted]);
    await expect(create(client)).rejects.toBeInstanceOf(BadRequestError);
    expect(creates()).toHaveLength(1);
  });

  it("does not retry a failed job (503 with an error code)", async () => {
    const failed = () => json({ error: { code: "SYS.1006", description: "operation failed" } }, 503);
    const { client, polls } = nodeWith([accepted], failed);
    await expect(create(client, {}, { pollIntervalMs: 1 })).rejects.toBeInstanceOf(ServerError);
    expect(polls()).toHaveLength(1);
  });

  it("gives up with the NetworkError after maxAttempts resets", async () => {
    const { client, creates } = nodeWith([
      () => {
        throw reset();
      },
    ]);
    await expect(create(client)).rejects.toBeInstanceOf(NetworkError);
    expect(creates()).toHaveLength(3);
  });
});

describe("ZStack create deadline", () => {
  it("covers the job polling: an overall TimeoutError while the job still runs, no timers left", async () => {
    vi.useFakeTimers();
    const { client, polls } = nodeWith([accepted], () => json({}, 202));
    const pending = create(client, {}, { overallTimeoutMs: 5_000, pollIntervalMs: 1_000 }).catch(
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(5_000);
    const error = await pending;
    expect(error).toMatchObject({ name: "TimeoutError", deadline: "overall", timeoutMs: 5_000 });
    expect(polls().length).toBeGreaterThanOrEqual(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("lets the job deadline run past 2 min by default (overall: 2 min plus the job deadline)", async () => {
    vi.useFakeTimers();
    const { client } = nodeWith([accepted], () => json({}, 202));
    const pending = create(client, {}, { pollTimeoutMs: 60 * 60_000, pollIntervalMs: 60_000 }).catch(
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(60 * 60_000 + 120_000);
    const error = await pending;
    expect(error).toMatchObject({ name: "WaiterTimeoutError" });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects at once with the caller's reason when aborted while polling", async () => {
    const controller = new AbortController();
    const { client } = nodeWith([accepted], () => {
      queueMicrotask(() => controller.abort(new Error("pipeline cancelled")));
      return json({}, 202);
    });
    const error = await create(client, {}, { signal: controller.signal, pollIntervalMs: 60_000 }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe("pipeline cancelled");
  });
});
