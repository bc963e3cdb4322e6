// The five create-snapshot APIs under every auth mode, as the hostile suites drive them: how the
// client is built (public entries only), how the documented server answers, and which secrets
// travel on the wire in each request (signatures, tokens, session ids, password digests).

import { createHash, randomUUID } from "node:crypto";
import { createHuaweiCloudClient } from "cloudsnap/huaweicloud";
import { createNcloudClient } from "cloudsnap/ncloud";
import { createZStackClient } from "cloudsnap/zstack";
import {
  blockSnapshot,
  blockSnapshotAnswer,
  EVS_CREATED,
  EVS_SNAPSHOT,
  evsJob,
  iamToken,
  NAS_CREATED,
  NAS_CREATED_XML,
  NAS_SNAPSHOTS,
  NAS_VOLUMES,
  SEARCH_ENGINE_CREATED,
  searchEngineHistory,
  ZSTACK_INVENTORY,
  zstackSession,
} from "./answers";
import { json, type Reply, type Seen } from "./server";

export type ApiKey = "nas" | "vserver" | "search-engine" | "evs" | "zstack";
export type AuthMode = "aksk" | "aksk+securityToken" | "iam-token" | "session" | "accesskey";
export type Provider = "ncloud" | "huaweicloud" | "zstack";

/** Which operation a request is, and whether it creates, reads, or logs in. */
export interface Route {
  readonly operation: string;
  readonly role: "create" | "read" | "auth";
}

/** What the documented server remembers during one test. */
export interface World {
  creates: number;
  /** Token requests (Huawei IAM) or logins (ZStack session). */
  logins: number;
  readonly tokens: Set<string>;
  readonly sessions: Set<string>;
  readonly jobs: Set<string>;
  /** The origin named in ZStack's job `location` (another server, which must never be called). */
  foreign: string;
  /** The Search Engine snapshot name of the last create. */
  lastSnapshotName: string;
}

export function newWorld(foreign = "http://127.0.0.1:9"): World {
  return {
    creates: 0,
    logins: 0,
    tokens: new Set(),
    sessions: new Set(),
    jobs: new Set(),
    foreign,
    lastSnapshotName: "my-test-snapshot",
  };
}

/** A facade method taken loosely, so tests can hand it hostile input. */
export type Loose = (params?: unknown, options?: unknown) => Promise<unknown>;

/** The calls a test makes on a client pointed at the fake server. */
export interface Calls {
  create: Loose;
  createAndWait: Loose;
  /** A `…AndWait` method's options from the waiter's and the create's own. */
  andWaitOptions(wait: Record<string, unknown>, call?: Record<string, unknown>): Record<string, unknown>;
}

/** What every client under test gets unless a test says otherwise: fast retries, bounded waits. */
export const FAST = {
  timeoutMs: 5_000,
  overallTimeoutMs: 15_000,
  retry: { baseDelayMs: 1, maxDelayMs: 5, resourceBusy: { baseDelayMs: 1, maxDelayMs: 5 } },
} as const;

/** How the waiters poll in these tests. */
export const FAST_WAIT = { intervalMs: 1, maxIntervalMs: 5, deadlineMs: 5_000 } as const;

/** One API under one auth mode. */
export interface Target {
  readonly label: string;
  readonly api: ApiKey;
  readonly auth: AuthMode;
  readonly provider: Provider;
  readonly createOperation: string;
  /** The operation the waiter (or ZStack's job follower) polls first. */
  readonly pollOperation: string;
  /** Secrets held in the credentials (canaries: they must never show). */
  readonly canaries: readonly string[];
  /** Header names the signer or token holder sets. */
  readonly ownedHeaders: readonly string[];
  /** Parameters of a valid create, as a caller would pass them (client-level settings filled in). */
  validParams(): Record<string, unknown>;
  /** Names of the create's parameters that fill a path segment. */
  readonly pathParams: readonly string[];
  route(request: Seen): Route | undefined;
  /** The documented answer. */
  answer(route: Route, request: Seen, world: World): Reply;
  /** Secrets that travel in this request: signatures, tokens, session ids, password digests. */
  wireSecrets(request: Seen): string[];
  /** For signing modes: when the request was signed, by its own header. */
  signedAt?(request: Seen): number | undefined;
  /** For signing modes: the provider's refusal of a skewed signature (the caller adds `Date`). */
  skewRejection?(): Reply;
  /** The clock-skew window the provider allows. */
  readonly skewWindowMs?: number;
  /** Builds a client on `origin` and returns its calls; `options` go to the factory over {@link FAST}. */
  client(origin: string, options?: Record<string, unknown>): Calls;
}

// ---------------------------------------------------------------------------------------------
// Canary secrets: distinctive, long enough to be redacted anywhere they appear.

export const NCLOUD_SECRET = "CanaryNcloudSecret7f3a9c1e5b20d4";
export const HUAWEI_SECRET = "CanaryHuaweiSecret8d3e60b1c5a7f2";
export const HUAWEI_SECURITY_TOKEN = "CanaryHuaweiSecurityToken4b9e1d7c0a63";
export const HUAWEI_PASSWORD = "CanaryHuaweiPassword2c8f5a1e9d";
export const ZSTACK_PASSWORD = "CanaryZStackPassword6e1b3d9f0c";
export const ZSTACK_SECRET = "CanaryZStackSecret9a4c7e2b1d58f6";

const PROJECT = "0123456789abcdef0123456789abcdef";
const NAS_VOLUME = "23420000";
const VPC_VOLUME = "20803168";
const CLUSTER = "1037123";
const ZSTACK_VOLUME = "e60a0fb0b75743c1b0fcb017e31db043";

const sha512 = (text: string) => createHash("sha512").update(text).digest("hex");

function header(request: Seen, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

function wantsJson(request: Seen): boolean {
  return /json/.test(header(request, "accept") ?? "");
}

// ---------------------------------------------------------------------------------------------
// NAVER Cloud

const NCLOUD_OWNED = [
  "x-ncp-apigw-timestamp",
  "x-ncp-iam-access-key",
  "x-ncp-apigw-signature-v2",
  "x-ncp-apigw-signature-v1",
  "authorization",
];

function ncloudClient(origin: string, options: Record<string, unknown> = {}) {
  return createNcloudClient({
    credentials: { accessKey: "NCPHOSTILEACCESSKEY1", secretKey: NCLOUD_SECRET },
    endpoint: origin,
    ...FAST,
    ...options,
  });
}

const ncloudCommon = {
  provider: "ncloud" as const,
  auth: "aksk" as const,
  canaries: [NCLOUD_SECRET],
  ownedHeaders: NCLOUD_OWNED,
  skewWindowMs: 5 * 60_000,
  wireSecrets: (request: Seen) => [header(request, "x-ncp-apigw-signature-v2") ?? ""].filter(Boolean),
  signedAt: (request: Seen) => {
    const at = Number(header(request, "x-ncp-apigw-timestamp"));
    return Number.isFinite(at) ? at : undefined;
  },
  skewRejection: (): Reply =>
    json(401, {
      error: { errorCode: "200", message: "Authentication Failed", details: "Invalid timestamp" },
    }),
};

const ncloudWait = (wait: Record<string, unknown>, call: Record<string, unknown> = {}) => ({ ...call, wait });

export const NAS: Target = {
  ...ncloudCommon,
  label: "ncloud classicNas",
  api: "nas",
  createOperation: "createNasVolumeSnapshot",
  pollOperation: "getNasVolumeSnapshotList",
  pathParams: [],
  validParams: () => ({ nasVolumeInstanceNo: NAS_VOLUME }),
  route(request) {
    const match =
      /^\/server\/v2\/(createNasVolumeSnapshot|getNasVolumeInstanceList|getNasVolumeSnapshotList)$/.exec(
        request.path,
      );
    if (!match?.[1]) return undefined;
    return { operation: match[1], role: match[1].startsWith("create") ? "create" : "read" };
  },
  answer(route, request, world) {
    if (route.role === "create") {
      world.creates += 1;
      return wantsJson(request)
        ? json(200, NAS_CREATED)
        : { status: 200, headers: { "content-type": "application/xml" }, body: NAS_CREATED_XML };
    }
    if (route.operation !== "getNasVolumeInstanceList") return json(200, NAS_SNAPSHOTS);
    // The volume asked for, as the example describes it.
    const asked = new URLSearchParams(request.body).get("nasVolumeInstanceNoList.1") ?? NAS_VOLUME;
    const [volume] = NAS_VOLUMES.getNasVolumeInstanceListResponse.nasVolumeInstanceList;
    return json(200, {
      getNasVolumeInstanceListResponse: {
        ...NAS_VOLUMES.getNasVolumeInstanceListResponse,
        nasVolumeInstanceList: [{ ...volume, nasVolumeInstanceNo: asked }],
      },
    });
  },
  client(origin, options) {
    const { classicNas } = ncloudClient(origin, options);
    return {
      create: classicNas.createNasVolumeSnapshot as unknown as Loose,
      createAndWait: classicNas.createNasVolumeSnapshotAndWait as unknown as Loose,
      andWaitOptions: ncloudWait,
    };
  },
};

export const VSERVER: Target = {
  ...ncloudCommon,
  label: "ncloud vserver",
  api: "vserver",
  createOperation: "createBlockStorageSnapshotInstance",
  pollOperation: "getBlockStorageSnapshotInstanceDetail",
  pathParams: [],
  validParams: () => ({ originalBlockStorageInstanceNo: VPC_VOLUME, responseFormatType: "json" }),
  route(request) {
    const match =
      /^\/vserver\/v2\/(createBlockStorageSnapshotInstance|getBlockStorageSnapshotInstanceDetail)$/.exec(
        request.path,
      );
    if (!match?.[1]) return undefined;
    return { operation: match[1], role: match[1].startsWith("create") ? "create" : "read" };
  },
  answer(route, request, world) {
    if (route.role === "create") {
      world.creates += 1;
      return json(200, blockSnapshotAnswer(route.operation, blockSnapshot("20814323", "INIT")));
    }
    const asked = new URLSearchParams(request.body).get("blockStorageSnapshotInstanceNo") ?? "";
    return json(200, blockSnapshotAnswer(route.operation, blockSnapshot(asked, "CREAT")));
  },
  client(origin, options) {
    const { vserver } = ncloudClient(origin, options);
    return {
      create: vserver.createBlockStorageSnapshotInstance as unknown as Loose,
      createAndWait: vserver.createBlockStorageSnapshotInstanceAndWait as unknown as Loose,
      andWaitOptions: ncloudWait,
    };
  },
};

export const SEARCH_ENGINE: Target = {
  ...ncloudCommon,
  label: "ncloud searchEngine",
  api: "search-engine",
  createOperation: "createSnapshot",
  pollOperation: "getSnapshotHistory",
  pathParams: ["serviceGroupInstanceNo", "apiRegion"],
  validParams: () => ({
    serviceGroupInstanceNo: CLUSTER,
    snapshotName: "my-test-snapshot",
    bucketName: "estest",
  }),
  route(request) {
    const match = /^\/api\/[^/]+\/snapshot\/(createSnapshot|getSnapshotHistory)\/[^/]+$/.exec(request.path);
    if (!match?.[1]) return undefined;
    return { operation: match[1], role: match[1] === "createSnapshot" ? "create" : "read" };
  },
  answer(route, request, world) {
    if (route.role === "create") {
      world.creates += 1;
      try {
        world.lastSnapshotName = (JSON.parse(request.body) as { snapshotName: string }).snapshotName;
      } catch {
        // keep the last name
      }
      return json(200, SEARCH_ENGINE_CREATED);
    }
    return json(200, searchEngineHistory(world.lastSnapshotName));
  },
  client(origin, options) {
    const { searchEngine } = ncloudClient(origin, options);
    return {
      create: searchEngine.createSnapshot as unknown as Loose,
      createAndWait: searchEngine.createSnapshotAndWait as unknown as Loose,
      andWaitOptions: ncloudWait,
    };
  },
};

// ---------------------------------------------------------------------------------------------
// Huawei Cloud EVS

const HUAWEI_OWNED = ["authorization", "x-sdk-date", "x-security-token", "x-project-id", "x-auth-token"];

function sdkDate(value: string | undefined): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? "");
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s);
}

function evsTarget(auth: "aksk" | "aksk+securityToken" | "iam-token"): Target {
  const credentials =
    auth === "iam-token"
      ? {
          userName: "hostile-user",
          password: HUAWEI_PASSWORD,
          domainName: "hostile-domain",
          projectId: PROJECT,
        }
      : {
          accessKey: "HWHOSTILEACCESSKEY01",
          secretKey: HUAWEI_SECRET,
          ...(auth === "aksk+securityToken" ? { securityToken: HUAWEI_SECURITY_TOKEN } : {}),
        };
  const signing = auth !== "iam-token";
  return {
    label: `huaweicloud evs (${auth})`,
    api: "evs",
    auth,
    provider: "huaweicloud",
    createOperation: "createSnapshot",
    pollOperation: "showJob",
    canaries:
      auth === "iam-token"
        ? [HUAWEI_PASSWORD]
        : [HUAWEI_SECRET, ...(auth === "aksk+securityToken" ? [HUAWEI_SECURITY_TOKEN] : [])],
    ownedHeaders: HUAWEI_OWNED,
    pathParams: ["project_id"],
    validParams: () => ({ snapshot: { volume_id: "2c194dde-7de5-4529-a141-49f48181f411", name: "hostile" } }),
    route(request) {
      if (request.method === "POST" && request.path === "/v3/auth/tokens")
        return { operation: "createToken", role: "auth" };
      if (request.method === "POST" && /^\/v5\/[^/]+\/snapshots$/.test(request.path))
        return { operation: "createSnapshot", role: "create" };
      if (request.method !== "GET") return undefined;
      if (/^\/v1\/[^/]+\/jobs\/[^/]+$/.test(request.path)) return { operation: "showJob", role: "read" };
      if (/^\/v2\/[^/]+\/jobs\/[^/]+$/.test(request.path)) return { operation: "showJobV2", role: "read" };
      if (/^\/v5\/[^/]+\/snapshots\/[^/]+$/.test(request.path))
        return { operation: "showSnapshot", role: "read" };
      return undefined;
    },
    answer(route, _request, world) {
      if (route.role === "auth") {
        world.logins += 1;
        const token = `MIIhostileToken${randomUUID().replaceAll("-", "")}`;
        world.tokens.add(token);
        return json(201, iamToken(), { "x-subject-token": token });
      }
      if (route.role === "create") {
        world.creates += 1;
        return json(202, EVS_CREATED, { "x-request-id": "req-create-1" });
      }
      if (route.operation === "showSnapshot") return json(200, EVS_SNAPSHOT);
      return json(200, evsJob("SUCCESS"));
    },
    wireSecrets(request) {
      const found: string[] = [];
      const signature = /Signature=([0-9a-f]+)/.exec(header(request, "authorization") ?? "")?.[1];
      if (signature) found.push(signature);
      for (const name of ["x-security-token", "x-auth-token"]) {
        const value = header(request, name);
        if (value) found.push(value);
      }
      return found;
    },
    ...(signing
      ? {
          skewWindowMs: 15 * 60_000,
          signedAt: (request: Seen) => sdkDate(header(request, "x-sdk-date")),
          skewRejection: (): Reply =>
            json(401, {
              error_code: "APIGW.0301",
              error_msg: "Incorrect IAM authentication information: verify aksk signature fail",
              request_id: "skew-1",
            }),
        }
      : {}),
    client(origin, options) {
      const { evs } = createHuaweiCloudClient({
        credentials,
        projectId: PROJECT,
        endpoint: origin,
        ...FAST,
        ...options,
      } as Parameters<typeof createHuaweiCloudClient>[0]);
      return {
        create: evs.createSnapshot as unknown as Loose,
        createAndWait: evs.createSnapshotAndWait as unknown as Loose,
        andWaitOptions: (wait, call = {}) => ({ ...call, wait }),
      };
    },
  };
}

export const EVS_AKSK = evsTarget("aksk");
export const EVS_STS = evsTarget("aksk+securityToken");
export const EVS_IAM = evsTarget("iam-token");

// ---------------------------------------------------------------------------------------------
// ZStack

function zstackTarget(auth: "session" | "accesskey"): Target {
  const credentials =
    auth === "session"
      ? { accountName: "hostile-admin", password: ZSTACK_PASSWORD }
      : { accessKeyId: "ZSHOSTILEACCESSKEY01", accessKeySecret: ZSTACK_SECRET };
  return {
    label: `zstack volumeSnapshots (${auth})`,
    api: "zstack",
    auth,
    provider: "zstack",
    createOperation: "createVolumeSnapshot",
    pollOperation: "getApiJob",
    canaries: auth === "session" ? [ZSTACK_PASSWORD, sha512(ZSTACK_PASSWORD)] : [ZSTACK_SECRET],
    ownedHeaders: ["authorization", "date"],
    pathParams: ["volumeUuid"],
    validParams: () => ({ volumeUuid: ZSTACK_VOLUME, params: { name: "hostile" } }),
    route(request) {
      if (request.method === "PUT" && request.path === "/zstack/v1/accounts/login")
        return { operation: "logInByAccount", role: "auth" };
      if (request.method === "POST" && /^\/zstack\/v1\/volumes\/[^/]+\/volume-snapshots$/.test(request.path))
        return { operation: "createVolumeSnapshot", role: "create" };
      if (request.method === "GET" && /^\/zstack\/v1\/api-jobs\/[^/]+$/.test(request.path))
        return { operation: "getApiJob", role: "read" };
      return undefined;
    },
    answer(route, request, world) {
      if (route.role === "auth") {
        world.logins += 1;
        const session = randomUUID().replaceAll("-", "");
        world.sessions.add(session);
        return json(200, zstackSession(session));
      }
      if (route.role === "create") {
        const job = header(request, "x-job-uuid") ?? randomUUID().replaceAll("-", "");
        if (world.jobs.has(job)) {
          return {
            status: 400,
            headers: { "content-type": "text/plain" },
            body: `Duplicate job uuid[${job}]`,
          };
        }
        world.jobs.add(job);
        world.creates += 1;
        return json(202, { location: `${world.foreign}/zstack/v1/api-jobs/${job}`, apiTimeout: 10800000 });
      }
      return json(200, ZSTACK_INVENTORY);
    },
    wireSecrets(request) {
      const found: string[] = [];
      const authorization = header(request, "authorization") ?? "";
      const session = /^OAuth (.+)$/.exec(authorization)?.[1];
      const signature = /^ZStack [^:]+:(.+)$/.exec(authorization)?.[1];
      if (session) found.push(session);
      if (signature) found.push(signature);
      return found;
    },
    ...(auth === "accesskey"
      ? {
          skewWindowMs: 15 * 60_000,
          signedAt: (request: Seen) => {
            const date = header(request, "date") ?? "";
            const at = Date.parse(date.replace(/ GMT([+-]\d{2}):?(\d{2})$/, " GMT$1$2"));
            return Number.isNaN(at) ? undefined : at;
          },
          skewRejection: (): Reply => ({
            status: 403,
            headers: { "content-type": "text/plain" },
            body: "requestTimeTooSkewed: the request time is too far from the server time",
          }),
        }
      : {}),
    client(origin, options) {
      const { volumeSnapshots } = createZStackClient({
        credentials,
        endpoint: origin,
        timeZone: "UTC",
        ...FAST,
        ...options,
      } as Parameters<typeof createZStackClient>[0]);
      return {
        create: volumeSnapshots.createVolumeSnapshot as unknown as Loose,
        createAndWait: volumeSnapshots.createVolumeSnapshotAndWait as unknown as Loose,
        // ZStack's create follows its job itself: wait settings and call options are one object.
        andWaitOptions: (wait, call = {}) => ({ ...call, ...wait }),
      };
    },
  };
}

export const ZSTACK_SESSION = zstackTarget("session");
export const ZSTACK_ACCESS_KEY = zstackTarget("accesskey");

/** Every API under every auth mode. */
export const TARGETS: readonly Target[] = [
  NAS,
  VSERVER,
  SEARCH_ENGINE,
  EVS_AKSK,
  EVS_STS,
  EVS_IAM,
  ZSTACK_SESSION,
  ZSTACK_ACCESS_KEY,
];

/** A handler answering every request as the documented API would (404 for anything else). */
export function documented(target: Target, world: World) {
  return (request: Seen): Reply => {
    const route = target.route(request);
    return route ? target.answer(route, request, world) : json(404, { error: "no such route" });
  };
}

/** Every secret a test must look for: the canaries and whatever secret went on the wire. */
export function secretsOf(target: Target, seen: readonly Seen[]): string[] {
  const found = new Set<string>(target.canaries);
  for (const request of seen) for (const secret of target.wireSecrets(request)) found.add(secret);
  return [...found];
}
