// Issue 12 §1: a 3xx to another origin is never followed, for the create, the waiter's reads and the
// logins, on all five APIs under every auth mode; ZStack's job `location` only lends its path.

import { isRedirectError } from "cloudsnap";
import { afterEach, describe, expect, it } from "vitest";
import {
  documented,
  FAST_WAIT,
  newWorld,
  type Route,
  secretsOf,
  TARGETS,
  type Target,
  ZSTACK_ACCESS_KEY,
  ZSTACK_SESSION,
} from "./support/apis";
import { closeAll, json, type Reply, type Seen, serve } from "./support/server";
import { caught, leaks, surfacesOf } from "./support/surfaces";

afterEach(closeAll);

const STATUSES = [301, 302, 303, 307, 308] as const;

/** Which request of a call gets the redirect. */
type Phase = "auth" | "guard read" | "create" | "waiter read";

function phasesOf(target: Target): Phase[] {
  return [
    ...(target.auth === "iam-token" || target.auth === "session" ? (["auth"] as const) : []),
    ...(target.api === "nas" ? (["guard read"] as const) : []),
    "create",
    "waiter read",
  ];
}

function isPhase(phase: Phase, route: Route, creates: number): boolean {
  if (phase === "auth") return route.role === "auth";
  if (phase === "create") return route.role === "create";
  if (phase === "guard read") return route.role === "read" && creates === 0;
  return route.role === "read" && creates > 0;
}

describe("a redirect is refused, never followed (issue 12 §1)", () => {
  for (const target of TARGETS) {
    for (const phase of phasesOf(target)) {
      for (const status of STATUSES) {
        it(`${target.label}: ${phase} answered ${status} to another origin → RedirectError, nothing sent there`, async () => {
          const foreign = await serve(() => json(200, { stolen: true }));
          const world = newWorld(foreign.origin);
          const server = await serve();
          const normal = documented(target, world);
          const location = `${foreign.origin}/collect?from=cloudsnap`;
          server.handler = (request: Seen): Reply => {
            const route = target.route(request);
            if (route && isPhase(phase, route, world.creates)) {
              if (route.role === "create") world.creates += 1;
              return { status, headers: { location, "content-type": "text/html" }, body: "<a>moved</a>" };
            }
            return normal(request);
          };
          const calls = target.client(server.origin);
          const error = await caught(() =>
            phase === "waiter read" || phase === "guard read"
              ? calls.createAndWait(target.validParams(), calls.andWaitOptions(FAST_WAIT))
              : calls.create(target.validParams()),
          );

          expect(isRedirectError(error), String(error)).toBe(true);
          const redirect = error as { status: number; locationOrigin?: string; message: string };
          expect(redirect.status).toBe(status);
          expect(redirect.locationOrigin).toBe(foreign.origin);
          expect(redirect.message).toContain(foreign.origin);
          expect(redirect.message).toMatch(/redirects are refused/i);
          expect(redirect.message).toMatch(/never forwards credentials/i);
          if (phase === "create") expect(redirect.message).toMatch(/may have been received/);
          expect(foreign.seen).toEqual([]);
          expect(leaks(surfacesOf(error), secretsOf(target, server.seen))).toEqual([]);
        });
      }
    }
  }
});

const JOB = /^\/zstack\/v1\/api-jobs\/[0-9a-f]{32}$/;

/** ZStack `location` forms: only the job id is read from them; polls go to the configured origin. */
const LOCATIONS: ReadonlyArray<{
  name: string;
  location: (foreign: string, job: string) => string | undefined;
  want: "followed on the configured origin" | "DecodeError";
}> = [
  {
    name: "another host",
    location: (foreign, job) => `${foreign}/zstack/v1/api-jobs/${job}`,
    want: "followed on the configured origin",
  },
  {
    name: "another host with userinfo, query and fragment",
    location: (foreign, job) => `${foreign.replace("//", "//user:pw@")}/zstack/v1/api-jobs/${job}?a=1#b`,
    want: "followed on the configured origin",
  },
  {
    name: "a path only",
    location: (_foreign, job) => `/zstack/v1/api-jobs/${job}`,
    want: "followed on the configured origin",
  },
  {
    name: "a path that climbs out of api-jobs",
    location: (foreign) => `${foreign}/zstack/v1/api-jobs/../accounts/sessions`,
    want: "DecodeError",
  },
  {
    name: "a percent-encoded path that climbs out",
    location: (foreign) => `${foreign}/zstack/v1/api-jobs/%2e%2e%2F%2e%2e%2Faccounts`,
    want: "DecodeError",
  },
  {
    name: "a job id that is not one",
    location: (foreign) => `${foreign}/zstack/v1/api-jobs/not-a-job-id`,
    want: "DecodeError",
  },
  { name: "no api-jobs path at all", location: (foreign) => `${foreign}/elsewhere`, want: "DecodeError" },
  { name: "no location", location: () => undefined, want: "DecodeError" },
];

describe("ZStack's job location: only its job id is used, against the configured origin (issue 12 §1)", () => {
  for (const target of [ZSTACK_SESSION, ZSTACK_ACCESS_KEY]) {
    for (const form of LOCATIONS) {
      it(`${target.label}: a location with ${form.name} → ${form.want}`, async () => {
        const foreign = await serve(() => json(200, { stolen: true }));
        const world = newWorld(foreign.origin);
        const server = await serve();
        const normal = documented(target, world);
        server.handler = (request) => {
          const route = target.route(request);
          if (route?.role !== "create") return normal(request);
          world.creates += 1;
          const job = String(request.headers["x-job-uuid"]);
          world.jobs.add(job);
          const location = form.location(foreign.origin, job);
          return json(202, location === undefined ? { apiTimeout: 1 } : { location });
        };
        const calls = target.client(server.origin);
        const error = await caught(() => calls.create(target.validParams(), FAST_WAIT));

        expect(foreign.seen).toEqual([]);
        for (const request of server.seen) {
          const route = target.route(request);
          if (route?.operation === "getApiJob") expect(request.path).toMatch(JOB);
        }
        if (form.want === "DecodeError") {
          expect((error as Error)?.name, String(error)).toBe("DecodeError");
          expect((error as Error).message).toMatch(/may have been received/);
          expect(server.seen.filter((r) => target.route(r)?.operation === "getApiJob")).toEqual([]);
        } else {
          expect(error).toBeUndefined();
          expect(server.seen.some((r) => JOB.test(r.path))).toBe(true);
        }
        expect(leaks(surfacesOf(error), secretsOf(target, server.seen))).toEqual([]);
      });
    }
  }
});
