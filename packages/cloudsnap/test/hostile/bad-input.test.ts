// Issue 12 §4: bad input and bad call options are a ValidationError before any I/O (the NAS capacity
// guard's reads included), on all five APIs and every auth mode, for the create and create-and-wait;
// inherited and polluted properties are neither validated nor sent.

import { isValidationError } from "cloudsnap";
import { afterEach, describe, expect, it } from "vitest";
import { type Calls, documented, FAST_WAIT, newWorld, TARGETS, type Target } from "./support/apis";
import { closeAll, type FakeServer, serve } from "./support/server";
import { caught } from "./support/surfaces";

afterEach(closeAll);

async function setUp(target: Target, clientOptions?: Record<string, unknown>) {
  const world = newWorld();
  const server = await serve();
  server.handler = documented(target, world);
  return { server, world, calls: target.client(server.origin, clientOptions) };
}

type Form = "create" | "createAndWait";
const FORMS: readonly Form[] = ["create", "createAndWait"];

function run(calls: Calls, form: Form, params: unknown, options?: unknown) {
  return form === "create" ? calls.create(params, options) : calls.createAndWait(params, options);
}

async function expectRefused(server: FakeServer, work: () => Promise<unknown>, path?: string | RegExp) {
  const error = await caught(work);
  expect(isValidationError(error), `${String(error)}`).toBe(true);
  if (path !== undefined) expect((error as { path: string }).path).toMatch(path);
  expect(server.seen, "a request was sent").toEqual([]);
}

/** Every string leaf of a value, as [path, setter] pairs on a deep copy. */
function stringLeaves(value: Record<string, unknown>, prefix = ""): string[] {
  const out: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof item === "string") out.push(path);
    else if (typeof item === "object" && item !== null)
      out.push(...stringLeaves(item as Record<string, unknown>, path));
  }
  return out;
}

function withLeaf(value: Record<string, unknown>, path: string, leaf: unknown): Record<string, unknown> {
  const copy = structuredClone(value);
  const keys = path.split(".");
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1) as string] = leaf;
  return copy;
}

describe("bad parameters are refused before anything is sent (issue 12 §4)", () => {
  for (const target of TARGETS) {
    for (const form of FORMS) {
      const name = `${target.label} ${form}`;
      const valid = target.validParams();

      for (const [what, params] of [
        ["null", null],
        ["a string", "nasVolumeInstanceNo=1"],
        ["an array", [valid]],
        ["a number", 42],
      ] as const) {
        it(`${name}: params ${what} → ValidationError`, async () => {
          const { server, calls } = await setUp(target);
          await expectRefused(server, () => run(calls, form, params, calls.andWaitOptions(FAST_WAIT)));
        });
      }

      it(`${name}: valid fields only inherited (Object.create({...})) → ValidationError`, async () => {
        const { server, calls } = await setUp(target);
        await expectRefused(server, () =>
          run(calls, form, Object.create(valid), calls.andWaitOptions(FAST_WAIT)),
        );
      });

      it(`${name}: valid fields only on a polluted Object.prototype → ValidationError`, async () => {
        const { server, calls } = await setUp(target);
        const proto = Object.prototype as Record<string, unknown>;
        try {
          for (const [key, value] of Object.entries(valid)) proto[key] = value;
          await expectRefused(server, () => run(calls, form, {}, calls.andWaitOptions(FAST_WAIT)));
        } finally {
          for (const key of Object.keys(valid)) delete proto[key];
        }
      });

      for (const path of stringLeaves(valid)) {
        for (const [what, leaf] of [
          ["a lone high surrogate", "snap\uD800shot"],
          ["a lone low surrogate", "\uDC00"],
          ["an Object.create(null) value", Object.create(null)],
          [
            "an object with a throwing toString",
            {
              toString: () => {
                throw new Error("toString called");
              },
            },
          ],
          ["a symbol", Symbol("x")],
        ] as const) {
          it(`${name}: ${path} holding ${what} → ValidationError naming it`, async () => {
            const { server, calls } = await setUp(target);
            const params = withLeaf(valid, path, leaf);
            await expectRefused(
              server,
              () => run(calls, form, params, calls.andWaitOptions(FAST_WAIT)),
              new RegExp(path.split(".")[0] as string),
            );
          });
        }
      }

      for (const parameter of target.pathParams) {
        for (const segment of ["..", ".", ""]) {
          it(`${name}: path parameter ${parameter} = ${JSON.stringify(segment)} → ValidationError`, async () => {
            const { server, calls } = await setUp(target);
            await expectRefused(
              server,
              () => run(calls, form, { ...valid, [parameter]: segment }, calls.andWaitOptions(FAST_WAIT)),
              new RegExp(parameter),
            );
          });
        }
      }
    }
  }
});

describe("client-level settings that fill a path segment are checked like parameters (issue 12 §4)", () => {
  const evs = TARGETS.filter((target) => target.api === "evs");
  for (const target of evs) {
    for (const projectId of ["..", ".", "\uD800"]) {
      it(`${target.label}: client projectId ${JSON.stringify(projectId)} → ValidationError, nothing sent`, async () => {
        const server = await serve();
        server.handler = documented(target, newWorld());
        const error = await caught(async () => {
          const calls = target.client(server.origin, { projectId });
          await calls.create(target.validParams());
        });
        expect(isValidationError(error), String(error)).toBe(true);
        expect(server.seen).toEqual([]);
      });
    }
  }
  for (const target of evs) {
    it(`${target.label}: client projectId "a/b" fills one encoded segment, never two`, async () => {
      const server = await serve();
      server.handler = documented(target, newWorld());
      await caught(() => target.client(server.origin, { projectId: "a/b" }).create(target.validParams()));
      const creates = server.seen.filter((request) => target.route(request)?.role === "create");
      expect(creates).toHaveLength(1);
      for (const request of creates) expect(request.path).toMatch(/^\/v5\/a%2Fb\/snapshots$/);
    });
  }
  const ses = TARGETS.find((target) => target.api === "search-engine") as Target;
  for (const searchEngineRegion of ["..", "", "v2/../x"]) {
    it(`${ses.label}: client searchEngineRegion ${JSON.stringify(searchEngineRegion)} → ValidationError, nothing sent`, async () => {
      const server = await serve();
      const error = await caught(async () => {
        const calls = ses.client(server.origin, { searchEngineRegion });
        await calls.create(ses.validParams());
      });
      expect(isValidationError(error), String(error)).toBe(true);
      expect(server.seen).toEqual([]);
    });
  }
});

describe("a polluted Object.prototype never reaches the wire (issue 12 §4)", () => {
  /**
   * Names a polluter could plant, each with a value that is valid but would change the call if it
   * were read: the creates' optional parameters and every call and wait option.
   */
  const PLANTED: Record<string, unknown> = {
    regionCode: "POLLUTED",
    responseFormatType: "xml",
    apiRegion: "jpn-v2",
    project_id: "POLLUTED",
    "X-Job-UUID": "0000000000000000000000000000dead",
    systemTags: ["POLLUTED"],
    polluted: "POLLUTED",
    headers: { "x-polluted": "POLLUTED" },
    signal: AbortSignal.abort(new Error("POLLUTED signal")),
    timeoutMs: 1,
    overallTimeoutMs: 1,
    retry: { maxAttempts: 1 },
    wait: { deadlineMs: 1 },
    deadlineMs: 1,
    intervalMs: 60_000,
    onProgress: () => {
      throw new Error("POLLUTED onProgress");
    },
    acceptCapacityRisk: true,
  };
  const proto = Object.prototype as Record<string, unknown>;
  const plant = () => {
    for (const [key, value] of Object.entries(PLANTED)) proto[key] = value;
  };
  const unplant = () => {
    for (const key of Object.keys(PLANTED)) delete proto[key];
  };
  // Node's own fetch and HTTP stack read options that a polluted prototype would answer too: the
  // pollution is lifted while the request is on the wire, so what is tested is cloudsnap's code only.
  const fetchUnpolluted = async (request: Request): Promise<Response> => {
    unplant();
    try {
      const response = await fetch(request);
      const body = await response.arrayBuffer();
      return new Response(body, { status: response.status, headers: response.headers });
    } finally {
      plant();
    }
  };

  for (const target of TARGETS) {
    for (const form of FORMS) {
      it(`${target.label} ${form}: sends exactly what it would without the pollution`, async () => {
        const clean = await setUp(target);
        await run(clean.calls, form, target.validParams(), clean.calls.andWaitOptions(FAST_WAIT));
        const { server, calls } = await setUp(target, { fetch: fetchUnpolluted });
        let error: unknown;
        try {
          plant();
          error = await caught(() =>
            run(calls, form, { ...target.validParams() }, calls.andWaitOptions(FAST_WAIT)),
          );
        } finally {
          unplant();
        }
        expect(error).toBeUndefined();
        const shape = (seen: FakeServer["seen"]) =>
          seen.map(
            (r) =>
              `${r.method} ${r.path.replace(/[0-9a-f]{32}$/, "<job>")} ${r.body.includes("POLLUTED") || r.search.includes("POLLUTED")}`,
          );
        expect(shape(server.seen)).toEqual(shape(clean.server.seen));
        for (const request of server.seen) {
          expect(JSON.stringify(request.headers)).not.toMatch(/POLLUTED|dead/);
          expect(request.body + request.search).not.toMatch(/POLLUTED|jpn-v2|responseFormatType=xml/);
        }
      });
    }
  }
});

describe("bad call options are refused before anything is sent (issue 12 §4)", () => {
  for (const target of TARGETS) {
    const options: Array<[string, unknown, RegExp]> = [
      ["options null", null, /options/],
      ["options a string", "fast", /options/],
      ["options an array", [], /options/],
      ["signal a plain object", { signal: { aborted: false } }, /signal/],
      ["signal a string", { signal: "abort" }, /signal/],
      ["headers a string", { headers: "x-trace: 1" }, /headers/],
      ["headers an array of pairs", { headers: [["x-trace", "1"]] }, /headers/],
      ["headers a Headers object", { headers: new Headers({ "x-trace": "1" }) }, /headers/],
      ["a header value with CRLF", { headers: { "x-trace": "1\r\nx-injected: 1" } }, /headers/],
      ["a header name with a colon", { headers: { "x-trace:": "1" } }, /headers/],
      ["timeoutMs NaN", { timeoutMs: Number.NaN }, /timeoutMs/],
      ["timeoutMs 0", { timeoutMs: 0 }, /timeoutMs/],
      ["overallTimeoutMs -1", { overallTimeoutMs: -1 }, /overallTimeoutMs/],
      ["retry null", { retry: null }, /retry/],
      ...[...target.ownedHeaders, "host", "content-type", "content-length"].flatMap(
        (header): Array<[string, unknown, RegExp]> => [
          [`headers setting ${header}`, { headers: { [header]: "x" } }, /headers/],
          [
            `headers setting ${header.toUpperCase()}`,
            { headers: { [header.toUpperCase()]: "x" } },
            /headers/,
          ],
        ],
      ),
    ];
    for (const form of FORMS) {
      for (const [what, given, path] of options) {
        it(`${target.label} ${form}: ${what} → ValidationError`, async () => {
          const { server, calls } = await setUp(target);
          const withWait =
            form === "createAndWait" && typeof given === "object" && given !== null && !Array.isArray(given)
              ? calls.andWaitOptions(FAST_WAIT, given as Record<string, unknown>)
              : given;
          await expectRefused(server, () => run(calls, form, target.validParams(), withWait), path);
        });
      }
    }
  }
});
