// Issue 12 "done when": fast-check generates hostile parameters, call options and server answers for
// each create under every auth mode, and every run ends one of two ways: a typed error before any
// I/O, or exactly the documented request on the wire; no secret or signature on any surface of
// whatever comes back; no hang (every run bounded by the client's deadlines and fast-check's timeout).

import { isCloudsnapError, isCredentialsError, isValidationError } from "cloudsnap";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  documented,
  FAST_WAIT,
  newWorld,
  type Route,
  secretsOf,
  TARGETS,
  type Target,
  type World,
} from "./support/apis";
import { type FakeServer, json, type Reply, type Seen, startServer } from "./support/server";
import { caught, echoOf, leaks, recordingLogger, surfacesOf } from "./support/surfaces";

const RUNS = 100;

/** Strings a hostile caller passes where an id or a name is expected. */
const hostileString = fc.oneof(
  fc.constantFrom("", ".", "..", "../..", "a/b", "%2e%2e", "\uD800", "x\uDC00y", "x\r\ny", "\u0000", " "),
  fc.string({ maxLength: 12 }),
  fc.constant("n".repeat(5_000)),
);

/** Values of the wrong kind entirely. */
const hostileValue = fc.oneof(
  hostileString,
  fc.constantFrom<unknown>(
    null,
    undefined,
    0,
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    [],
    {},
    ["a"],
    Object.create(null),
    Object.create({ inherited: "x" }),
  ),
);

/** A valid id of digits, or a hostile value. */
const digits = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[1-9][0-9]{0,9}$/) },
  { weight: 1, arbitrary: hostileValue },
);
const hex32 = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[0-9a-f]{32}$/) },
  { weight: 1, arbitrary: hostileValue },
);
const name = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/) },
  { weight: 1, arbitrary: hostileValue },
);

/** Parameters of each create: mostly valid, with hostile fields, extra fields and whole-object forms. */
function paramsFor(target: Target): fc.Arbitrary<unknown> {
  const base: fc.Arbitrary<Record<string, unknown>> = (() => {
    switch (target.api) {
      case "nas":
        return fc.record({ nasVolumeInstanceNo: digits });
      case "vserver":
        return fc.record(
          {
            originalBlockStorageInstanceNo: digits,
            responseFormatType: fc.constantFrom<unknown>("json", "json", "xml", "yaml", 1),
            blockStorageSnapshotName: name,
          },
          { requiredKeys: ["originalBlockStorageInstanceNo", "responseFormatType"] },
        );
      case "search-engine":
        return fc.record({ serviceGroupInstanceNo: digits, snapshotName: name, bucketName: name });
      case "evs":
        return fc.record({
          snapshot: fc.oneof(
            {
              weight: 4,
              arbitrary: fc.record({ volume_id: fc.uuid(), name }, { requiredKeys: ["volume_id"] }),
            },
            { weight: 1, arbitrary: hostileValue },
          ),
        });
      case "zstack":
        return fc.record({
          volumeUuid: hex32,
          params: fc.oneof(
            { weight: 4, arbitrary: fc.record({ name, description: name }, { requiredKeys: ["name"] }) },
            { weight: 1, arbitrary: hostileValue },
          ),
        });
    }
  })();
  return fc.oneof(
    { weight: 8, arbitrary: base },
    {
      weight: 1,
      arbitrary: fc
        .tuple(base, fc.constantFrom("snapshot", "volumeId", "__proto__", "constructor"), hostileValue)
        .map(([params, key, value]) => ({ ...params, [key]: value })),
    },
    { weight: 1, arbitrary: base.map((params) => Object.create(params) as unknown) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, "params", [], 7) },
  );
}

/** Call options: mostly none or harmless, sometimes hostile. */
function optionsFor(target: Target): fc.Arbitrary<unknown> {
  const owned = fc.constantFrom(...target.ownedHeaders, "Host", "Content-Type");
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.constant({ headers: { "x-trace": "fuzz" } }) },
    {
      weight: 3,
      arbitrary: fc.oneof(
        fc.constantFrom<unknown>(
          null,
          "fast",
          [],
          { signal: { aborted: false } },
          { signal: "abort" },
          { headers: "x-trace: 1" },
          { headers: [["x-trace", "1"]] },
          { headers: { "x-trace": "a\r\nb: c" } },
          { timeoutMs: Number.NaN },
          { timeoutMs: 0 },
          { overallTimeoutMs: -5 },
          { retry: { maxAttempts: 0 } },
          { deadlineMs: 0 },
          { onProgress: "x" },
          { wait: "soon" },
        ),
        owned.map((header) => ({ headers: { [header]: "forged" } })),
      ),
    },
  );
}

/** What the server answers the create: as documented, or one of the hostile answers. */
type CreateAnswer =
  | "documented"
  | "html"
  | "undeclared 201"
  | "redirect"
  | "401 echo"
  | "500 echo"
  | "deep JSON"
  | "{}"
  | "malformed"
  | "dropped";

const createAnswer = fc.oneof(
  { weight: 4, arbitrary: fc.constant<CreateAnswer>("documented") },
  {
    weight: 6,
    arbitrary: fc.constantFrom<CreateAnswer>(
      "html",
      "undeclared 201",
      "redirect",
      "401 echo",
      "500 echo",
      "deep JSON",
      "{}",
      "malformed",
      "dropped",
    ),
  },
);

function hostileAnswer(kind: CreateAnswer, target: Target, request: Seen, foreign: string): Reply {
  const echo = echoOf(secretsOf(target, [request]), JSON.stringify(request.headers) + request.body);
  const success = target.api === "evs" || target.api === "zstack" ? 202 : 200;
  switch (kind) {
    case "html":
      return { status: 200, headers: { "content-type": "text/html" }, body: `<pre>${echo}</pre>` };
    case "undeclared 201":
      return { status: 201 };
    case "redirect":
      return { status: 307, headers: { location: `${foreign}/steal` } };
    case "401 echo":
      return json(401, { error: { code: "E401", message: echo }, error_msg: echo }, { "x-request-id": echo });
    case "500 echo":
      return { status: 500, headers: { "content-type": "text/plain" }, body: echo };
    case "deep JSON":
      return {
        status: success,
        headers: { "content-type": "application/json" },
        body: `${"[".repeat(50_000)}${"]".repeat(50_000)}`,
      };
    case "{}":
      return json(success, {});
    case "malformed":
      return {
        status: success,
        headers: { "content-type": "application/json" },
        body: `{"echo":"${echo.slice(0, 200)}`,
      };
    case "dropped":
      return "destroy";
    case "documented":
      throw new Error("not hostile");
  }
}

/** The create request the spec documents for `params` (which were accepted): method, path, body. */
function documentedCreate(target: Target, params: Record<string, unknown>) {
  const enc = encodeURIComponent;
  switch (target.api) {
    case "nas":
      return {
        path: "/server/v2/createNasVolumeSnapshot",
        form: { nasVolumeInstanceNo: params.nasVolumeInstanceNo },
      };
    case "vserver":
      return { path: "/vserver/v2/createBlockStorageSnapshotInstance", form: params };
    case "search-engine":
      return {
        path: `/api/v2/snapshot/createSnapshot/${enc(String(params.serviceGroupInstanceNo))}`,
        json: { bucketName: params.bucketName, snapshotName: params.snapshotName },
      };
    case "evs":
      return { path: "/v5/0123456789abcdef0123456789abcdef/snapshots", json: { snapshot: params.snapshot } };
    case "zstack":
      return {
        path: `/zstack/v1/volumes/${enc(String(params.volumeUuid))}/volume-snapshots`,
        json: { params: params.params },
      };
  }
}

function expectDocumentedCreate(target: Target, params: Record<string, unknown>, request: Seen) {
  const want = documentedCreate(target, params);
  expect(request.method).toBe("POST");
  expect(request.path).toBe(want.path);
  if ("form" in want) {
    const sent = Object.fromEntries(new URLSearchParams(request.body));
    const expected = Object.fromEntries(
      Object.entries(want.form as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    );
    expect(sent).toEqual(expected);
  } else {
    expect(JSON.parse(request.body)).toEqual(JSON.parse(JSON.stringify(want.json)));
  }
  // The signer's headers are there, once each, and nobody else's forged ones.
  for (const header of target.ownedHeaders) {
    const value = request.headers[header];
    expect(Array.isArray(value), header).toBe(false);
    expect(value).not.toBe("forged");
  }
}

let server: FakeServer;
let foreign: FakeServer;
beforeAll(async () => {
  server = await startServer();
  foreign = await startServer(() => json(200, {}));
});
afterAll(async () => {
  await server.close();
  await foreign.close();
});

describe("fuzz: hostile params, options and answers per create (issue 12)", () => {
  for (const target of TARGETS) {
    it(`${target.label}: a typed error before any I/O, or exactly the documented request; no secret shows`, async () => {
      await fc.assert(
        fc.asyncProperty(
          paramsFor(target),
          optionsFor(target),
          createAnswer,
          async (params, options, answer) => {
            server.seen.length = 0;
            const world: World = newWorld(foreign.origin);
            const normal = documented(target, world);
            server.handler = (request) => {
              const route: Route | undefined = target.route(request);
              if (route?.role !== "create" || answer === "documented") return normal(request);
              world.creates += 1;
              return hostileAnswer(answer, target, request, foreign.origin);
            };
            const { logger, surfaces: logLines } = recordingLogger();
            const calls = target.client(server.origin, { logger, timeoutMs: 2_000, overallTimeoutMs: 4_000 });
            const withWait =
              target.api === "zstack" &&
              typeof options === "object" &&
              options !== null &&
              !Array.isArray(options)
                ? { ...FAST_WAIT, ...options }
                : target.api === "zstack" && options === undefined
                  ? FAST_WAIT
                  : options;
            let value: unknown;
            const error = await caught(async () => {
              value = await calls.create(params, withWait);
            });

            if (isValidationError(error) || isCredentialsError(error)) {
              expect(server.seen, "a typed refusal after I/O").toEqual([]);
              return;
            }

            if (error !== undefined) expect(isCloudsnapError(error), String(error)).toBe(true);
            else expect(answer).toBe("documented");
            expect(value === undefined).toBe(error !== undefined);
            const creates = server.seen.filter((r) => target.route(r)?.role === "create");
            expect(creates.length).toBeGreaterThanOrEqual(1);
            // Accepted parameters are own, plain fields: the documented request is built from them.
            const accepted = params as Record<string, unknown>;
            for (const request of creates) expectDocumentedCreate(target, accepted, request);
            expect(foreign.seen).toEqual([]);
            const secrets = secretsOf(target, server.seen);
            expect(leaks(surfacesOf(error), secrets)).toEqual([]);
            expect(leaks(logLines(), secrets)).toEqual([]);
          },
        ),
        { numRuns: RUNS, timeout: 10_000, endOnFailure: true },
      );
    }, 120_000);
  }
});
