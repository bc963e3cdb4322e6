// `create --dry-run`: the clients get a fetch that records each request, redacted, and never opens
// a socket. Where the flow needs an answer to go on, it either gets a placeholder that says so
// (the Classic NAS capacity guard's two reads) or stops there (the create itself; a ZStack login,
// which a dry run never performs).

import { credentialValuesToHide } from "../core/credentials";
import { REDACTED, redactHeaders, redactText, redactUrl, redactValue } from "../core/redact";
import type { AnyCredentials } from "./clients";

/** One request the dry run would have sent, safe to print. */
export interface DryRunRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** What the dry run answered in place of the provider, when it answered at all. */
  readonly placeholderAnswer?: string;
}

/** Why the dry run stopped: the request that needs a real answer, and what would follow it. */
export class DryRunStop extends Error {
  override readonly name = "DryRunStop";
}

/** A placeholder answer for a read the flow needs before the create. */
interface Placeholder {
  readonly matches: (url: URL) => boolean;
  readonly describe: string;
  readonly body: (url: URL, form: URLSearchParams) => unknown;
}

const GIB = 1024 ** 3;

/**
 * The Classic NAS capacity guard reads the volume and its snapshots before it creates one. The dry
 * run answers both with a volume whose snapshot reserve is empty, so the create can be shown; the
 * real answers decide whether the create is sent at all.
 */
const PLACEHOLDERS: readonly Placeholder[] = [
  {
    matches: (url) => url.pathname.endsWith("/getNasVolumeInstanceList"),
    describe: "placeholder: a volume with an empty 50 GiB snapshot reserve (the real answer decides)",
    body: (_url, form) => ({
      getNasVolumeInstanceListResponse: {
        requestId: "dry-run-placeholder",
        returnCode: "0",
        returnMessage: "dry run placeholder",
        totalRows: 1,
        nasVolumeInstanceList: [
          {
            nasVolumeInstanceNo: form.get("nasVolumeInstanceNoList.1") ?? "0",
            volumeTotalSize: 550 * GIB,
            volumeSize: 500 * GIB,
            snapshotVolumeSize: 50 * GIB,
            snapshotVolumeConfigurationRatio: 10,
            isSnapshotConfiguration: true,
          },
        ],
      },
    }),
  },
  {
    matches: (url) => url.pathname.endsWith("/getNasVolumeSnapshotList"),
    describe: "placeholder: no snapshots yet (the real answer decides)",
    body: () => ({
      getNasVolumeSnapshotListResponse: {
        requestId: "dry-run-placeholder",
        returnCode: "0",
        returnMessage: "dry run placeholder",
        totalRows: 0,
        nasVolumeSnapshotList: [],
      },
    }),
  },
];

/** What a dry run recorded, and how it ended. */
export interface DryRun {
  /** The fetch to give the clients: records, answers placeholders, else stops the run. */
  readonly fetch: (request: Request) => Promise<Response>;
  /** Aborted (reason: a `DryRunStop`) at the first request that needs a real answer. */
  readonly signal: AbortSignal;
  readonly requests: readonly DryRunRequest[];
}

/** A dry run that redacts every header, URL and body, plus these known secret values. */
export function createDryRun(
  secrets: readonly string[],
  onRequest: (request: DryRunRequest) => void,
): DryRun {
  const controller = new AbortController();
  const requests: DryRunRequest[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const text = request.body === null ? "" : await request.text();
    const placeholder = PLACEHOLDERS.find((p) => p.matches(url));
    const recorded: DryRunRequest = {
      method: request.method,
      url: redactText(redactUrl(request.url), secrets),
      headers: redactHeaderValues(request.headers, secrets),
      ...(text === "" ? {} : { body: redactBody(text, request.headers.get("content-type"), secrets) }),
      ...(placeholder ? { placeholderAnswer: placeholder.describe } : {}),
    };
    requests.push(recorded);
    onRequest(recorded);
    if (placeholder) {
      const form = new URLSearchParams(text === "" ? url.search : text);
      return new Response(JSON.stringify(placeholder.body(url, form)), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    }
    controller.abort(new DryRunStop(stopNote(request.method, url)));
    // Never answers: the call gives up on the abort above, and nothing was sent.
    return new Promise<Response>(() => undefined);
  };
  return { fetch, signal: controller.signal, requests };
}

/** What the dry run says where it stopped. */
function stopNote(method: string, url: URL): string {
  if (/\/accounts\/login$/.test(url.pathname)) {
    return "stopped before logging in to ZStack: a dry run never logs in. With the session it returns, the create (POST …/volume-snapshots) would be sent, then its job polled";
  }
  return `stopped at ${method} ${url.pathname}: a dry run sends nothing, so there is no answer to go on with`;
}

/** Every header, with signatures, tokens, keys and cookies as `***`. */
function redactHeaderValues(headers: Headers, secrets: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(redactHeaders(headers))) {
    out[name] = value === REDACTED ? value : redactText(value, secrets);
  }
  return out;
}

/**
 * A JSON body with sensitive fields masked; a form or text body with known secrets (in every
 * spelling) and `password=…`-like pairs scrubbed.
 */
function redactBody(text: string, contentType: string | null, secrets: readonly string[]): string {
  if (contentType?.includes("json")) {
    try {
      return JSON.stringify(redactValue(JSON.parse(text) as unknown, secrets));
    } catch {
      // Not JSON after all: scrub it as text.
    }
  }
  return redactText(text, secrets);
}

/** The secret values of resolved credentials (and their key ids), to scrub from anything printed. */
export function secretsOf(credentials: AnyCredentials): string[] {
  return credentialValuesToHide(credentials);
}

/** Whether a value is the dry run's stop (by name, like the library's guards). */
export function isDryRunStop(value: unknown): value is DryRunStop {
  return value instanceof Error && value.name === "DryRunStop";
}
