// Issue 12 §5: every …AndWait method (and ZStack's create, which waits for its job) checks its wait
// options before the create is sent; waiters never report another snapshot, turn undocumented reads
// into typed errors, stop on a rejected onProgress promise without an unhandled rejection; and a
// one-character secret neither mangles messages nor goes unwarned.

import { isCloudsnapError, isDecodeError, isResourceNotFoundError, isValidationError } from "cloudsnap";
import { afterEach, describe, expect, it } from "vitest";
import { blockSnapshot, blockSnapshotAnswer } from "./support/answers";
import {
  documented,
  EVS_AKSK,
  EVS_IAM,
  EVS_STS,
  FAST_WAIT,
  newWorld,
  TARGETS,
  type Target,
  VSERVER,
} from "./support/apis";
import { closeAll, json, type Reply, serve } from "./support/server";
import { caught } from "./support/surfaces";

afterEach(closeAll);

const BAD_WAIT: ReadonlyArray<[string, Record<string, unknown>]> = [
  ["deadlineMs 0", { deadlineMs: 0 }],
  ["deadlineMs -1", { deadlineMs: -1 }],
  ["deadlineMs NaN", { deadlineMs: Number.NaN }],
  ["deadlineMs Infinity", { deadlineMs: Number.POSITIVE_INFINITY }],
  ["deadlineMs a string", { deadlineMs: "60000" }],
  ["intervalMs -1", { intervalMs: -1 }],
  ["intervalMs NaN", { intervalMs: Number.NaN }],
  ["maxIntervalMs below intervalMs", { intervalMs: 100, maxIntervalMs: 10 }],
  ["backoff below 1", { backoff: 0.5 }],
  ["onProgress a string", { onProgress: "log" }],
  ["onProgress an object", { onProgress: { call: () => undefined } }],
  // Refused by each poll's own call options, so refused before the create too.
  ["timeoutMs 0.5", { timeoutMs: 0.5 }],
  ["timeoutMs above the longest timer", { timeoutMs: 2 ** 31 }],
];

describe("wait options are checked before the create is sent (issue 12 §5)", () => {
  for (const target of TARGETS) {
    for (const [what, wait] of BAD_WAIT) {
      it(`${target.label} createAndWait: ${what} → ValidationError, nothing sent`, async () => {
        const server = await serve();
        server.handler = documented(target, newWorld());
        const calls = target.client(server.origin);
        const error = await caught(() =>
          calls.createAndWait(target.validParams(), calls.andWaitOptions({ ...FAST_WAIT, ...wait })),
        );
        expect(isValidationError(error), String(error)).toBe(true);
        expect(server.seen).toEqual([]);
      });
    }
    if (target.api !== "zstack") {
      it(`${target.label} createAndWait: wait a string → ValidationError, nothing sent`, async () => {
        const server = await serve();
        const calls = target.client(server.origin);
        const error = await caught(() => calls.createAndWait(target.validParams(), { wait: "soon" }));
        expect(isValidationError(error), String(error)).toBe(true);
        expect(server.seen).toEqual([]);
      });
    } else {
      for (const [what, wait] of BAD_WAIT) {
        it(`${target.label} createVolumeSnapshot (which waits for its job): ${what} → ValidationError`, async () => {
          const server = await serve();
          const calls = target.client(server.origin);
          const error = await caught(() => calls.create(target.validParams(), { ...FAST_WAIT, ...wait }));
          expect(isValidationError(error), String(error)).toBe(true);
          expect(server.seen).toEqual([]);
        });
      }
    }
  }
});

const OTHER = "99999999";
const ASKED = "20814323";

describe("the VPC waiter never reports another snapshot (issue 12 §5)", () => {
  const detail = (...items: ReturnType<typeof blockSnapshot>[]) =>
    json(200, blockSnapshotAnswer("getBlockStorageSnapshotInstanceDetail", ...items));
  const cases: ReadonlyArray<{ name: string; polls: Reply[]; want: "ResourceNotFoundError" | "resolves" }> = [
    {
      name: "every poll lists only another, finished snapshot",
      polls: [detail(blockSnapshot(OTHER, "CREAT"))],
      want: "ResourceNotFoundError",
    },
    { name: "every poll lists nothing", polls: [detail()], want: "ResourceNotFoundError" },
    {
      name: "the first poll lists nothing, the next one the snapshot",
      polls: [detail(), detail(blockSnapshot(ASKED, "CREAT"))],
      want: "resolves",
    },
    {
      name: "polls list another finished snapshot beside it until it finishes",
      polls: [
        detail(blockSnapshot(OTHER, "CREAT"), blockSnapshot(ASKED, "INIT")),
        detail(blockSnapshot(OTHER, "CREAT"), blockSnapshot(ASKED, "CREAT")),
      ],
      want: "resolves",
    },
    {
      name: "the first poll lists another snapshot, then the right one",
      polls: [detail(blockSnapshot(OTHER, "CREAT")), detail(blockSnapshot(ASKED, "CREAT"))],
      want: "resolves",
    },
  ];
  for (const { name, polls, want } of cases) {
    it(`${VSERVER.label}: ${name} → ${want}`, async () => {
      const world = newWorld();
      const server = await serve();
      const normal = documented(VSERVER, world);
      let poll = 0;
      server.handler = (request) => {
        if (VSERVER.route(request)?.role !== "read") return normal(request);
        poll += 1;
        return polls[Math.min(poll, polls.length) - 1] as Reply;
      };
      const calls = VSERVER.client(server.origin);
      const seen: unknown[] = [];
      let result: unknown;
      const error = await caught(async () => {
        result = await calls.createAndWait(
          VSERVER.validParams(),
          calls.andWaitOptions({
            ...FAST_WAIT,
            onProgress: (state: { resource?: unknown }) => seen.push(state.resource),
          }),
        );
      });
      for (const resource of seen) {
        if (resource !== undefined) expect(resource).toMatchObject({ blockStorageSnapshotInstanceNo: ASKED });
      }
      if (want === "resolves") {
        expect(error).toBeUndefined();
        expect(result).toMatchObject({ blockStorageSnapshotInstanceNo: ASKED });
      } else {
        expect(isResourceNotFoundError(error), String(error)).toBe(true);
        expect((error as Error).message).toContain(ASKED);
        expect((error as Error).message).not.toContain(OTHER);
      }
    });
  }
});

describe("the EVS waiter turns undocumented reads into typed errors, never a TypeError (issue 12 §5)", () => {
  const answers: ReadonlyArray<[string, string, Reply]> = [
    ["showJob", "{}", json(200, {})],
    ["showJob", '{"status":null}', json(200, { status: null })],
    ["showSnapshot", "{}", json(200, {})],
    ["showSnapshot", '{"snapshot":null}', json(200, { snapshot: null })],
    ["showSnapshot", '{"snapshot":{}}', json(200, { snapshot: {} })],
    ["showSnapshot", '{"snapshot":[]}', json(200, { snapshot: [] })],
  ];
  for (const target of [EVS_AKSK, EVS_STS, EVS_IAM]) {
    for (const [operation, what, answer] of answers) {
      it(`${target.label}: ${operation} answered 200 ${what} → DecodeError`, async () => {
        const world = newWorld();
        const server = await serve();
        const normal = documented(target, world);
        server.handler = (request) =>
          target.route(request)?.operation === operation ? answer : normal(request);
        const calls = target.client(server.origin);
        const error = await caught(() =>
          calls.createAndWait(target.validParams(), calls.andWaitOptions(FAST_WAIT)),
        );
        expect(isDecodeError(error), String(error)).toBe(true);
        expect((error as Error).message).toContain(operation);
      });
    }
  }
});

describe("onProgress that throws or rejects stops the waiter, with no unhandled rejection (issue 12 §5)", () => {
  const forms: ReadonlyArray<[string, () => unknown]> = [
    ["returns a rejected promise", () => Promise.reject(new Error("stop: onProgress said no"))],
    [
      "returns a promise that rejects later",
      () =>
        new Promise((_resolve, reject) => setTimeout(() => reject(new Error("stop: onProgress said no")), 5)),
    ],
    [
      "throws",
      () => {
        throw new Error("stop: onProgress said no");
      },
    ],
  ];
  for (const target of TARGETS) {
    for (const [what, onProgress] of forms) {
      it(`${target.label}: onProgress ${what} → the call rejects with it, polling stops`, async () => {
        const unhandled: unknown[] = [];
        const onUnhandled = (reason: unknown) => unhandled.push(reason);
        process.on("unhandledRejection", onUnhandled);
        try {
          const world = newWorld();
          const server = await serve();
          server.handler = documented(target, world);
          const calls = target.client(server.origin);
          const error = await caught(() =>
            calls.createAndWait(target.validParams(), calls.andWaitOptions({ ...FAST_WAIT, onProgress })),
          );
          expect((error as Error)?.message).toBe("stop: onProgress said no");
          const polls = server.seen.filter((r) => target.route(r)?.operation === target.pollOperation).length;
          // NAS: the guard's read of the snapshot list, then the waiter's single poll.
          expect(polls).toBe(target.api === "nas" ? 2 : 1);
          await new Promise((resolve) => setTimeout(resolve, 20));
          expect(unhandled).toEqual([]);
        } finally {
          process.off("unhandledRejection", onUnhandled);
        }
      });
    }
  }
});

/** The credentials of each auth mode with every secret one character long. */
function oneCharacterCredentials(target: Target): Record<string, string> {
  switch (target.auth) {
    case "aksk":
      return target.provider === "ncloud"
        ? { accessKey: "NCPHOSTILEACCESSKEY1", secretKey: "a" }
        : { accessKey: "HWHOSTILEACCESSKEY01", secretKey: "a" };
    case "aksk+securityToken":
      return { accessKey: "HWHOSTILEACCESSKEY01", secretKey: "a", securityToken: "s" };
    case "iam-token":
      return {
        userName: "hostile-user",
        password: "a",
        domainName: "hostile-domain",
        projectId: "0123456789abcdef0123456789abcdef",
      };
    case "session":
      return { accountName: "hostile-admin", password: "a" };
    case "accesskey":
      return { accessKeyId: "ZSHOSTILEACCESSKEY01", accessKeySecret: "a" };
  }
}

describe("a one-character secret (issue 12 §5)", () => {
  it("is reported once by a warning naming the field, never the value", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const target = TARGETS.find((t) => t.auth === "accesskey") as Target;
      const server = await serve();
      server.handler = documented(target, newWorld());
      for (let i = 0; i < 2; i++) {
        const calls = target.client(server.origin, { credentials: oneCharacterCredentials(target) });
        await calls.create(target.validParams(), FAST_WAIT);
        await calls.create(target.validParams(), FAST_WAIT);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
      const short = warnings.filter((w) => (w as { code?: string }).code === "CLOUDSNAP_SHORT_SECRET");
      expect(short).toHaveLength(1);
      expect(short[0]?.message).toContain("accessKeySecret");
      expect(short[0]?.message).not.toMatch(/"a"|'a'/);
    } finally {
      process.off("warning", onWarning);
    }
  });

  /** Answers whose error messages hold the words "a" and "s" as English, not as the secret. */
  const answers: ReadonlyArray<[string, (origin: string) => Reply]> = [
    ["a redirect", (origin) => ({ status: 302, headers: { location: `${origin}/a/s` } })],
    ["an undeclared 201", () => ({ status: 201 })],
    [
      "a 500 in plain text",
      () => ({
        status: 500,
        headers: { "content-type": "text/plain" },
        body: "a server error: s is a letter",
      }),
    ],
  ];
  for (const target of TARGETS) {
    for (const [what, answer] of answers) {
      it(`${target.label}: the create answered ${what} → the same message as with a long secret`, async () => {
        const messages: string[] = [];
        for (const credentials of [oneCharacterCredentials(target), undefined]) {
          const server = await serve();
          const foreign = await serve();
          const normal = documented(target, newWorld());
          server.handler = (request) =>
            target.route(request)?.role === "create" ? answer(foreign.origin) : normal(request);
          const calls = target.client(server.origin, credentials ? { credentials } : {});
          const error = await caught(() => calls.create(target.validParams(), FAST_WAIT));
          // Refused either way: two successes would make two equal "undefined" messages.
          expect(isCloudsnapError(error), String(error)).toBe(true);
          messages.push(
            String((error as Error)?.message)
              .replaceAll(server.origin, "<origin>")
              .replaceAll(foreign.origin, "<foreign>"),
          );
        }
        expect(messages[0]).not.toContain("***");
        expect(messages[0]).toBe(messages[1]);
      });
    }
  }
});
