// What `cloudsnap doctor` looks at, per cloud: each place credentials may come from (masked), the
// origins calls would go to, and the provider's clock as its `Date` header shows it.

import { type CredentialProvider, redactCredentials } from "../core/credentials";
import { isCredentialsError } from "../core/guards";
import type { Provider } from "../core/http-errors";
import {
  fromHuaweiCloudEnv,
  fromHuaweiCloudFile,
  HUAWEICLOUD_AK_VAR,
  HUAWEICLOUD_CREDENTIALS_FILE_VAR,
  HUAWEICLOUD_CREDENTIALS_PATH,
  HUAWEICLOUD_SK_VAR,
} from "../providers/huaweicloud/credentials";
import { DEFAULT_HUAWEICLOUD_REGION, evsOrigin } from "../providers/huaweicloud/rules";
import {
  fromNcloudEnv,
  fromNcloudFile,
  NCLOUD_ACCESS_KEY_VARS,
  NCLOUD_CONFIG_PATH,
  NCLOUD_DEFAULT_PROFILE,
  NCLOUD_SECRET_KEY_VARS,
} from "../providers/ncloud/credentials";
import { type NcloudApiName, ncloudOrigin } from "../providers/ncloud/rules";
import {
  fromZStackAccessKeyEnv,
  fromZStackSessionEnv,
  readZStackConnectionEnv,
  ZSTACK_ACCESS_KEY_ID_VAR,
  ZSTACK_ACCESS_KEY_SECRET_VAR,
  ZSTACK_ACCOUNT_NAME_VAR,
  ZSTACK_ACCOUNT_PASSWORD_VAR,
} from "../providers/zstack/credentials";
import { DEFAULT_ZSTACK_HOST, DEFAULT_ZSTACK_PORT } from "../providers/zstack/rules";
import type { ClockReport, CredentialSourceReport, DoctorEvent } from "./events";
import type { CliIo } from "./io";

/** How long the clock probe waits for an answer. */
export const CLOCK_PROBE_TIMEOUT_MS = 5_000;

/** One place credentials may come from. */
interface SourceCheck {
  readonly source: string;
  readonly names: readonly string[];
  readonly read: CredentialProvider<object>;
}

interface CloudCheck {
  readonly provider: Provider;
  readonly title: string;
  readonly kinds: readonly string[];
  readonly sources: readonly SourceCheck[];
  readonly endpoints: DoctorEvent["endpoints"];
}

/** Options of `doctor`. */
export interface DoctorOptions {
  readonly endpoint?: string;
  readonly profile?: string;
  readonly signal?: AbortSignal;
}

function home(io: CliIo, segments: readonly string[]): string {
  const dir = io.homedir();
  return dir ? [dir.replace(/[\\/]+$/, ""), ...segments].join("/") : `~/${segments.join("/")}`;
}

function clouds(io: CliIo, options: DoctorOptions): CloudCheck[] {
  const files = { homedir: io.homedir };
  const env = io.env;
  const { profile, endpoint } = options;
  const ncloudFile = `${home(io, NCLOUD_CONFIG_PATH)} [${profile ?? NCLOUD_DEFAULT_PROFILE}]`;
  const huaweiPath = env[HUAWEICLOUD_CREDENTIALS_FILE_VAR]?.trim() || home(io, HUAWEICLOUD_CREDENTIALS_PATH);
  const huaweiFile = `${huaweiPath} [${profile ?? "basic"}]`;
  const zstackNode = endpoint === undefined ? readZStackConnectionEnv({ env }) : {};
  const ncloudApis: NcloudApiName[] = ["classicNas", "vserver", "searchEngine"];
  return [
    {
      provider: "ncloud",
      title: "NAVER Cloud",
      kinds: ["ncloud-nas", "ncloud-vpc", "ncloud-ses"],
      sources: [
        ...(profile === undefined
          ? [
              {
                source: "environment",
                names: [...NCLOUD_ACCESS_KEY_VARS, ...NCLOUD_SECRET_KEY_VARS],
                read: fromNcloudEnv({ env }),
              },
            ]
          : []),
        {
          source: ncloudFile,
          names: ["ncloud_access_key_id", "ncloud_secret_access_key"],
          read: fromNcloudFile({ ...files, ...(profile ? { profile } : {}) }),
        },
      ],
      endpoints: ncloudApis.map((api) => ({
        api,
        origin: endpoint ?? ncloudOrigin(api, "public") ?? "(none documented)",
        source: endpoint ? "--endpoint" : "default",
      })),
    },
    {
      provider: "huaweicloud",
      title: "Huawei Cloud",
      kinds: ["huaweicloud-evs"],
      sources: [
        ...(profile === undefined
          ? [
              {
                source: "environment",
                names: [HUAWEICLOUD_AK_VAR, HUAWEICLOUD_SK_VAR],
                read: fromHuaweiCloudEnv({ env }),
              },
            ]
          : []),
        {
          source: huaweiFile,
          names: ["ak", "sk"],
          read: fromHuaweiCloudFile({ ...files, env, ...(profile ? { section: profile } : {}) }),
        },
      ],
      endpoints: [
        {
          api: `evs (${DEFAULT_HUAWEICLOUD_REGION}; a target's ?region= picks another)`,
          origin: endpoint ?? evsOrigin(DEFAULT_HUAWEICLOUD_REGION),
          source: endpoint ? "--endpoint" : "default",
        },
      ],
    },
    {
      provider: "zstack",
      title: "ZStack",
      kinds: ["zstack"],
      sources: [
        {
          source: "environment (AccessKey)",
          names: [ZSTACK_ACCESS_KEY_ID_VAR, ZSTACK_ACCESS_KEY_SECRET_VAR],
          read: fromZStackAccessKeyEnv({ env }),
        },
        {
          source: "environment (account)",
          names: [ZSTACK_ACCOUNT_NAME_VAR, ZSTACK_ACCOUNT_PASSWORD_VAR],
          read: fromZStackSessionEnv({ env }),
        },
      ],
      endpoints: [
        {
          api: "management node",
          origin:
            endpoint ??
            `http://${zstackNode.host ?? DEFAULT_ZSTACK_HOST}:${zstackNode.port ?? DEFAULT_ZSTACK_PORT}`,
          source: endpoint ? "--endpoint" : zstackNode.host || zstackNode.port ? "environment" : "default",
        },
      ],
    },
  ];
}

async function checkSource(check: SourceCheck): Promise<CredentialSourceReport> {
  const base = { source: check.source, names: check.names };
  try {
    const shown = redactCredentials(await check.read());
    const identity = shown.accessKey ?? shown.accessKeyId ?? shown.accountName;
    return { ...base, status: "found", ...(typeof identity === "string" ? { identity } : {}) };
  } catch (error) {
    if (!isCredentialsError(error)) return { ...base, status: "invalid", detail: String(error) };
    return error.reason === "invalid"
      ? { ...base, status: "invalid", detail: error.message }
      : { ...base, status: "not-found" };
  }
}

/** The source a call would use: the first that holds credentials, unless a broken one comes first. */
function sourceInUse(sources: readonly CredentialSourceReport[]): string | null {
  for (const source of sources) {
    if (source.status === "found") return source.source;
    if (source.status === "invalid") return null;
  }
  return null;
}

/** The provider's clock minus ours, from one unauthenticated request's `Date` header. */
export async function probeClock(io: CliIo, origin: string, signal?: AbortSignal): Promise<ClockReport> {
  const fetch = io.fetch ?? globalThis.fetch;
  const timeout = AbortSignal.timeout(CLOCK_PROBE_TIMEOUT_MS);
  const before = io.now();
  try {
    const response = await fetch(
      new Request(origin, {
        method: "HEAD",
        redirect: "manual",
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      }),
    );
    const after = io.now();
    await response.body?.cancel();
    const date = Date.parse(response.headers.get("date") ?? "");
    if (Number.isNaN(date)) return { origin, error: `answered ${response.status} without a Date header` };
    return { origin, offsetMs: Math.round(date - (before + after) / 2) };
  } catch (error) {
    const cause = (error as { cause?: { code?: unknown } }).cause?.code;
    const why = timeout.aborted
      ? `no answer within ${CLOCK_PROBE_TIMEOUT_MS / 1000} s`
      : typeof cause === "string"
        ? cause
        : (error as Error).message;
    return { origin, error: `could not reach it: ${why}` };
  }
}

/** Every cloud's report; the clock probes run side by side, one per distinct origin. */
export async function diagnose(io: CliIo, options: DoctorOptions): Promise<DoctorEvent[]> {
  const checks = clouds(io, options);
  const probes = new Map<string, Promise<ClockReport>>();
  for (const cloud of checks) {
    for (const { origin } of cloud.endpoints) {
      if (/^https?:\/\//.test(origin) && !probes.has(origin))
        probes.set(origin, probeClock(io, origin, options.signal));
    }
  }
  return Promise.all(
    checks.map(async (cloud) => {
      const sources = await Promise.all(cloud.sources.map(checkSource));
      const origins = [...new Set(cloud.endpoints.map((e) => e.origin))].filter((o) => probes.has(o));
      return {
        event: "doctor" as const,
        provider: cloud.provider,
        title: cloud.title,
        kinds: cloud.kinds,
        credentials: { using: sourceInUse(sources), sources },
        endpoints: cloud.endpoints,
        clock: await Promise.all(origins.map((o) => probes.get(o) as Promise<ClockReport>)),
      };
    }),
  );
}
