// Issue 12 §3: a server that echoes what it received (and the canary secrets, in every spelling) in a
// request id, a message or a body never gets a secret onto an error surface or a debug log line; a
// credential with a line break is refused by name before anything is built.

import { isCloudsnapError, isCredentialsError } from "cloudsnap";
import { afterEach, describe, expect, it } from "vitest";
import {
  documented,
  FAST_WAIT,
  HUAWEI_PASSWORD,
  HUAWEI_SECRET,
  HUAWEI_SECURITY_TOKEN,
  NCLOUD_SECRET,
  newWorld,
  type Route,
  secretsOf,
  TARGETS,
  type Target,
  ZSTACK_PASSWORD,
  ZSTACK_SECRET,
} from "./support/apis";
import { closeAll, json, type Reply, type Seen, serve } from "./support/server";
import { caught, echoOf, leaks, recordingLogger, surfacesOf } from "./support/surfaces";

afterEach(closeAll);

/** The provider's error body with `echo` as its message and `requestId` as its request id. */
function errorBody(target: Target, status: number, echo: string, requestId: string): Reply {
  const headers = { "x-request-id": requestId, "x-echo": requestId };
  if (target.provider === "ncloud")
    return json(status, { error: { errorCode: "210", message: echo, requestId } }, headers);
  if (target.provider === "huaweicloud")
    return json(status, { error_code: "APIGW.0302", error_msg: echo, request_id: requestId }, headers);
  return json(status, { error: { code: "SYS.1006", description: echo, details: echo } }, headers);
}

/** Where the echo goes: which request, and what the server answers it. */
interface Echo {
  readonly name: string;
  readonly applies: (target: Target) => boolean;
  readonly on: (route: Route, creates: number) => boolean;
  readonly answer: (target: Target, request: Seen, secrets: readonly string[]) => Reply;
  readonly andWait?: boolean;
}

const everyone = () => true;
const secretOf = (secrets: readonly string[]) => secrets[secrets.length - 1] ?? "none";

const ECHOES: readonly Echo[] = [
  {
    name: "create answered 401 echoing everything (message, request id header, body)",
    applies: everyone,
    on: (route) => route.role === "create",
    answer: (target, request, secrets) =>
      errorBody(
        target,
        401,
        echoOf(secrets, JSON.stringify(request.headers) + request.body),
        secretOf(secrets),
      ),
  },
  {
    name: "create answered 403 echoing everything",
    applies: everyone,
    on: (route) => route.role === "create",
    answer: (target, request, secrets) =>
      errorBody(
        target,
        403,
        echoOf(secrets, JSON.stringify(request.headers) + request.body),
        secretOf(secrets),
      ),
  },
  {
    name: "create answered 500 text echoing everything",
    applies: everyone,
    on: (route) => route.role === "create",
    answer: (_target, request, secrets) => ({
      status: 500,
      headers: { "content-type": "text/plain", "x-request-id": secretOf(secrets) },
      body: `upstream failed: ${echoOf(secrets, JSON.stringify(request.headers) + request.body)}`,
    }),
  },
  {
    name: "create answered 200 text/html echoing everything (DecodeError excerpt)",
    applies: everyone,
    on: (route) => route.role === "create",
    answer: (_target, request, secrets) => ({
      status: 200,
      headers: { "content-type": "text/html", "x-request-id": secretOf(secrets) },
      body: `<p>${echoOf(secrets, JSON.stringify(request.headers) + request.body)}</p>`,
    }),
  },
  {
    name: "waiter read answered 400 echoing everything",
    applies: everyone,
    on: (route, creates) => route.role === "read" && creates > 0,
    answer: (target, request, secrets) =>
      errorBody(
        target,
        400,
        echoOf(secrets, JSON.stringify(request.headers) + request.body),
        secretOf(secrets),
      ),
    andWait: true,
  },
  {
    name: "login answered 401 echoing the password it was sent",
    applies: (target) => target.auth === "iam-token" || target.auth === "session",
    on: (route) => route.role === "auth",
    answer: (target, request, secrets) =>
      errorBody(target, 401, echoOf(secrets, request.body), secretOf(secrets)),
  },
  {
    name: "login answered 200 without a session or token, echoing the password",
    applies: (target) => target.auth === "iam-token" || target.auth === "session",
    on: (route) => route.role === "auth",
    answer: (_target, request, secrets) =>
      json(
        target200(request),
        { echo: echoOf(secrets, request.body) },
        { "x-request-id": secretOf(secrets) },
      ),
  },
];

function target200(request: Seen): number {
  return request.path === "/v3/auth/tokens" ? 201 : 200;
}

describe("a server echoing what it received never gets a secret onto an error or a log line (issue 12 §3)", () => {
  for (const target of TARGETS) {
    for (const echo of ECHOES.filter((e) => e.applies(target))) {
      it(`${target.label}: ${echo.name}`, async () => {
        const world = newWorld();
        const server = await serve();
        const normal = documented(target, world);
        const hostile: Seen[] = [];
        server.handler = (request) => {
          const route = target.route(request);
          if (!route || !echo.on(route, world.creates)) return normal(request);
          if (route.role === "create") world.creates += 1;
          hostile.push(request);
          return echo.answer(target, request, secretsOf(target, [request]));
        };
        const { logger, surfaces: logLines } = recordingLogger();
        const calls = target.client(server.origin, { logger });
        const error = await caught(() =>
          echo.andWait
            ? calls.createAndWait(target.validParams(), calls.andWaitOptions(FAST_WAIT))
            : calls.create(target.validParams(), target.api === "zstack" ? FAST_WAIT : undefined),
        );

        expect(isCloudsnapError(error), String(error)).toBe(true);
        expect(hostile.length).toBeGreaterThan(0);
        const secrets = secretsOf(target, server.seen);
        expect(leaks(surfacesOf(error), secrets)).toEqual([]);
        expect(leaks(logLines(), secrets)).toEqual([]);
        // The log did record the traffic (a silent logger would prove nothing).
        expect(Object.keys(logLines()).length).toBeGreaterThanOrEqual(2);
      });
    }
  }
});

/** Each auth mode's credentials, field by field, and whether the field travels in a header. */
const CREDENTIALS: ReadonlyArray<{
  target: Target;
  credentials: Record<string, string>;
  headerOf?: Record<string, string>;
}> = [
  {
    target: TARGETS[0] as Target,
    credentials: { accessKey: "NCPHOSTILEACCESSKEY1", secretKey: NCLOUD_SECRET },
    headerOf: { accessKey: "x-ncp-iam-access-key" },
  },
  {
    target: TARGETS[3] as Target,
    credentials: { accessKey: "HWHOSTILEACCESSKEY01", secretKey: HUAWEI_SECRET },
  },
  {
    target: TARGETS[4] as Target,
    credentials: {
      accessKey: "HWHOSTILEACCESSKEY01",
      secretKey: HUAWEI_SECRET,
      securityToken: HUAWEI_SECURITY_TOKEN,
    },
    headerOf: { securityToken: "x-security-token" },
  },
  {
    target: TARGETS[5] as Target,
    credentials: {
      userName: "hostile-user",
      password: HUAWEI_PASSWORD,
      domainName: "hostile-domain",
      projectId: "0123456789abcdef0123456789abcdef",
    },
  },
  {
    target: TARGETS[6] as Target,
    credentials: { accountName: "hostile-admin", password: ZSTACK_PASSWORD },
  },
  {
    target: TARGETS[7] as Target,
    credentials: { accessKeyId: "ZSHOSTILEACCESSKEY01", accessKeySecret: ZSTACK_SECRET },
  },
];

const SECRET_FIELDS = new Set(["secretKey", "securityToken", "password", "accessKeySecret"]);

/** Line breaks in a credential value: one trailing one is documented as removed, the rest refused. */
const BREAKS: ReadonlyArray<{ name: string; edit: (value: string) => string; accepted: boolean }> = [
  { name: "a line break inside", edit: (v) => `${v.slice(0, 4)}\nINJECTED-${v.slice(4)}`, accepted: false },
  {
    name: "a carriage return inside",
    edit: (v) => `${v.slice(0, 4)}\rINJECTED-${v.slice(4)}`,
    accepted: false,
  },
  { name: "a CRLF and a header inside", edit: (v) => `${v}\r\nX-Injected: 1`, accepted: false },
  { name: "two trailing line breaks", edit: (v) => `${v}\n\n`, accepted: false },
  { name: "a leading line break", edit: (v) => `\n${v}`, accepted: false },
  { name: "one trailing line break (documented: removed)", edit: (v) => `${v}\n`, accepted: true },
  { name: "one trailing CRLF (documented: removed)", edit: (v) => `${v}\r\n`, accepted: true },
];

describe("a credential with a line break (issue 12 §3)", () => {
  for (const { target, credentials, headerOf } of CREDENTIALS) {
    for (const field of Object.keys(credentials)) {
      for (const lineBreak of BREAKS) {
        const want = lineBreak.accepted
          ? "is used without it"
          : "is a CredentialsError naming the field, nothing sent";
        it(`${target.label}: ${field} with ${lineBreak.name} ${want}`, async () => {
          const world = newWorld();
          const server = await serve();
          server.handler = documented(target, world);
          const given = { ...credentials, [field]: lineBreak.edit(credentials[field] as string) };
          const calls = target.client(server.origin, { credentials: given });
          const error = await caught(() =>
            calls.create(target.validParams(), target.api === "zstack" ? FAST_WAIT : undefined),
          );
          if (lineBreak.accepted) {
            expect(error).toBeUndefined();
            const header = headerOf?.[field];
            if (header) {
              for (const request of server.seen) expect(request.headers[header]).toBe(credentials[field]);
            }
            return;
          }
          expect(isCredentialsError(error), String(error)).toBe(true);
          const message = (error as Error).message;
          expect(message).toContain(field);
          expect(message).not.toContain("INJECTED");
          const secretValues = Object.entries(credentials)
            .filter(([name]) => SECRET_FIELDS.has(name))
            .map(([, value]) => value);
          expect(leaks(surfacesOf(error), secretValues)).toEqual([]);
          expect(server.seen).toEqual([]);
        });
      }
    }
  }
});
