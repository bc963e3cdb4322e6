import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_BODY_BYTES } from "../../src/core/call-options";
import { NetworkError } from "../../src/core/errors";
import { sendSigned } from "../../src/core/pipeline";
import type { Authorizer, Answer as RawResponse } from "../../src/core/provider";
import { DEFAULT_RETRY_POLICY } from "../../src/core/retry";
import { wireFromRequest } from "../../src/core/signing";
import { HUAWEICLOUD_RULES } from "../../src/providers/huaweicloud/rules";

/** One attempt of the pipeline (sign, send, recover once) for a `Request`; resolves to its answer. */
async function sendWithAuth(
  fetch: (request: Request) => Promise<Response>,
  request: Request,
  authorizer: Authorizer,
  context: { operation: string; timeoutMs: number; maxBodyBytes?: number },
): Promise<RawResponse> {
  const transport = {
    fetch,
    timeoutMs: context.timeoutMs,
    overallTimeoutMs: undefined,
    policy: DEFAULT_RETRY_POLICY,
    maxBodyBytes: context.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  };
  const deadline = { signal: new AbortController().signal, remainingMs: () => 60_000 };
  const wire = await wireFromRequest(request);
  const attempt = { attempt: 1, attemptMs: context.timeoutMs, deadline };
  return (
    await sendSigned({ authorizer, transport, rules: HUAWEICLOUD_RULES }, context.operation, wire, attempt)
  ).answer;
}

const CONTEXT = { operation: "createSnapshot", timeoutMs: 1_000, maxBodyBytes: 1024 };
// Not valid UTF-8 on purpose: a text round trip would change these bytes.
const BODY = Uint8Array.from([0x7b, 0x00, 0xff, 0xfe, 0x80, 0x7d]);

interface Sent {
  method: string;
  url: string;
  contentType: string | null;
  token: string | null;
  body: number[];
}

function recordingFetch(statuses: number[]) {
  const sent: Sent[] = [];
  const fetch = async (request: Request) => {
    sent.push({
      method: request.method,
      url: request.url,
      contentType: request.headers.get("content-type"),
      token: request.headers.get("x-auth-token"),
      body: [...new Uint8Array(await request.arrayBuffer())],
    });
    return new Response(`answer ${sent.length}`, { status: statuses[sent.length - 1] ?? 200 });
  };
  return { fetch, sent };
}

/** Hands out token-1, token-2, … and records what `recover` was shown. */
function tokenAuthorizer(refresh?: (response: RawResponse) => boolean) {
  const shown: RawResponse[] = [];
  let issued = 0;
  const authorizer: Authorizer = {
    ownedHeaders: ["x-auth-token"],
    async sign() {
      issued += 1;
      return { headers: { "x-auth-token": `token-${issued}` }, secrets: [`token-${issued}`] };
    },
    secrets: () => (issued > 0 ? [`token-${issued}`] : []),
    ...(refresh
      ? {
          async recover(response) {
            shown.push(response as RawResponse);
            return refresh(response as RawResponse);
          },
        }
      : {}),
  };
  return { authorizer, shown, authorized: () => issued };
}

function post(): Request {
  return new Request("https://evs.example.test/v5/p/snapshots", {
    method: "POST",
    headers: { "content-type": "application/octet-stream" },
    body: BODY,
  });
}

describe("sendWithAuth", () => {
  it("re-authorizes a second attempt with the same body bytes when the authorizer renewed its token", async () => {
    const { fetch, sent } = recordingFetch([401, 200]);
    const { authorizer, shown, authorized } = tokenAuthorizer((response) => response.status === 401);
    const raw = await sendWithAuth(fetch, post(), authorizer, CONTEXT);
    expect(authorized()).toBe(2);
    expect(sent.map((s) => s.token)).toEqual(["token-1", "token-2"]);
    expect(sent[0]?.body).toEqual([...BODY]);
    expect(sent[1]?.body).toEqual([...BODY]);
    expect(sent.every((s) => s.method === "POST" && s.contentType === "application/octet-stream")).toBe(true);
    expect(shown.map((r) => [r.status, r.text])).toEqual([[401, "answer 1"]]);
    expect(raw).toMatchObject({ status: 200, text: "answer 2" });
  });

  it("sends once more at most, even when the second answer also looks expired", async () => {
    const { fetch, sent } = recordingFetch([401, 401, 200]);
    const { authorizer } = tokenAuthorizer(() => true);
    const raw = await sendWithAuth(fetch, post(), authorizer, CONTEXT);
    expect(sent).toHaveLength(2);
    expect(raw.status).toBe(401);
  });

  const single = [
    { name: "recover answers false", given: () => false },
    { name: "the authorizer has no recover", given: undefined },
  ];
  it.each(single)("sends exactly once when $name", async ({ given }) => {
    const { fetch, sent } = recordingFetch([401]);
    const { authorizer, authorized } = tokenAuthorizer(given);
    const raw = await sendWithAuth(fetch, post(), authorizer, CONTEXT);
    expect(sent).toHaveLength(1);
    expect(authorized()).toBe(1);
    expect(raw.status).toBe(401);
  });

  it("sends a request without a body as one without a body", async () => {
    const { fetch, sent } = recordingFetch([200]);
    await sendWithAuth(
      fetch,
      new Request("https://evs.example.test/v1/p/jobs/j"),
      tokenAuthorizer().authorizer,
      {
        ...CONTEXT,
        operation: "showJob",
      },
    );
    expect(sent[0]).toMatchObject({ method: "GET", body: [], token: "token-1" });
  });

  it("passes the secrets of the signed attempt on to the send", async () => {
    const fetch = () => Promise.reject(new TypeError("fetch failed"));
    const authorizer: Authorizer = {
      ownedHeaders: [],
      sign: async () => ({ headers: {}, secrets: ["sess-SECRET-7"] }),
      secrets: () => [],
    };
    const error = await sendWithAuth(
      fetch,
      new Request("https://zs.example.test/v1/x/sess-SECRET-7"),
      authorizer,
      CONTEXT,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).url).toBe("https://zs.example.test/v1/x/***");
    expect(`${String(error)} ${JSON.stringify(error)} ${(error as NetworkError).url}`).not.toContain(
      "sess-SECRET-7",
    );
  });

  describe("clock skew", () => {
    function skewAuthorizer(corrects: boolean) {
      const { authorizer, authorized } = tokenAuthorizer();
      const shown: number[] = [];
      const withClock: Authorizer = {
        ...authorizer,
        recover: (response) => {
          shown.push(response.status);
          return corrects;
        },
      };
      return { authorizer: withClock, authorized, shown };
    }

    it("re-signs and sends once more when the signer corrected its clock", async () => {
      const { fetch, sent } = recordingFetch([401, 200]);
      const { authorizer, authorized, shown } = skewAuthorizer(true);
      const raw = await sendWithAuth(fetch, post(), authorizer, CONTEXT);
      expect(shown).toEqual([401]);
      expect(authorized()).toBe(2);
      expect(sent.map((s) => s.body)).toEqual([[...BODY], [...BODY]]);
      expect(raw.status).toBe(200);
    });

    it("sends once more at most, even when the second answer also looks skewed", async () => {
      const { fetch, sent } = recordingFetch([401, 401, 200]);
      const raw = await sendWithAuth(fetch, post(), skewAuthorizer(true).authorizer, CONTEXT);
      expect(sent).toHaveLength(2);
      expect(raw.status).toBe(401);
    });

    it("sends exactly once when the rejection shows no skew", async () => {
      const { fetch, sent } = recordingFetch([401]);
      await sendWithAuth(fetch, post(), skewAuthorizer(false).authorizer, CONTEXT);
      expect(sent).toHaveLength(1);
    });
  });
});
