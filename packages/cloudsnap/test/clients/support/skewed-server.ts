import { json, recordingFetch, type SeenRequest } from "./recording-fetch";

/** How one provider's gateway reads the signed time and refuses a skewed one. */
export interface SkewRules {
  /** The instant the request was signed at, as the gateway reads it. */
  readonly signedAt: (request: SeenRequest) => number;
  readonly windowMs: number;
  /** The gateway's own rejection of a skewed (or badly signed) request. */
  readonly reject: () => Response;
}

export const NCLOUD_RULES: SkewRules = {
  signedAt: (r) => Number(r.headers.get("x-ncp-apigw-timestamp")),
  windowMs: 5 * 60_000,
  reject: () => json({ error: { errorCode: "200", message: "Authentication Failed" } }, 401),
};

export const HUAWEICLOUD_RULES: SkewRules = {
  signedAt: (r) =>
    Date.parse(
      (r.headers.get("x-sdk-date") ?? "").replace(
        /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/,
        "$1-$2-$3T$4:$5:$6Z",
      ),
    ),
  windowMs: 15 * 60_000,
  reject: () =>
    json(
      {
        error_code: "APIGW.0301",
        error_msg: "Incorrect IAM authentication information: verify aksk signature fail",
        request_id: "r-1",
      },
      401,
    ),
};

/** ZStack with `timeZone: "UTC"`: the Date header is plain GMT. */
export const ZSTACK_RULES: SkewRules = {
  signedAt: (r) => Date.parse(r.headers.get("date") ?? ""),
  windowMs: 15 * 60_000,
  reject: () =>
    new Response("requestTimeTooSkewed", { status: 403, headers: { "content-type": "text/plain" } }),
};

/**
 * A fake gateway whose clock runs `offsetMs` from ours: it refuses every request signed outside its
 * window of ITS clock, and stamps every answer with its own `Date`, as real servers do.
 */
export function skewedServer(rules: SkewRules, offsetMs: number, answer: (request: SeenRequest) => Response) {
  const serverNow = () => Date.now() + offsetMs;
  const stamp = (response: Response) => {
    const headers = new Headers(response.headers);
    headers.set("date", new Date(serverNow()).toUTCString());
    return new Response(response.body, { status: response.status, headers });
  };
  const accepted: boolean[] = [];
  const { fetch, seen } = recordingFetch((request) => {
    const ok = Math.abs(serverNow() - rules.signedAt(request)) <= rules.windowMs;
    accepted.push(ok);
    return stamp(ok ? answer(request) : rules.reject());
  });
  return { fetch, seen, accepted };
}
