// Generators and the two-signer harness for differential.test.ts (see the comment there).
import fc from "fast-check";
import { sdkDate, signHuaweiCloudRequest } from "../../../src/providers/huaweicloud/signer";
import { sdkAuthorization } from "./sdk-oracle.js";

/** Any code point outside ASCII, never a lone surrogate. */
const nonAscii = fc
  .oneof(fc.integer({ min: 0x80, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff }))
  .map((cp) => String.fromCodePoint(cp));
/**
 * Printable ASCII the SDK passes through its legacy url.parse unchanged. Left out, each asserted in
 * differential.test.ts: "/" "\\" "?" "#" (they change the URL's structure when substituted raw), url.parse's
 * auto-escaped set (space ' " < > ^ ` { | } \t \n \r), and other controls (url.parse trims
 * them at the end of the URL).
 */
const pathAscii = fc.constantFrom(
  ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&()*+,;=:@[]%",
);
const hex32 = fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 32, maxLength: 32 });
const pathSegment = fc.oneof(
  fc.uuid(),
  hex32,
  fc
    .string({
      unit: fc.oneof({ weight: 3, arbitrary: pathAscii }, { weight: 1, arbitrary: nonAscii }),
      minLength: 1,
      maxLength: 12,
    })
    // "." and ".." are dot segments: fetch resolves them before sending (asserted in differential.test.ts).
    .filter((s) => s !== "." && s !== ".."),
);
const reserved = fc.constantFrom(..." !\"#$%&'()*+,/:;<=>?@[\\]^`{|}~");
const queryText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: fc.oneof(reserved, nonAscii, pathAscii), maxLength: 12 }),
);
const queryName = fc.oneof(
  fc.constantFrom("limit", "offset", "marker", "name", "status", "volume_id"),
  queryText,
);
const body = fc.record({
  snapshot: fc.dictionary(
    fc.string({ unit: "binary", maxLength: 10 }),
    fc.jsonValue({ maxDepth: 2, stringUnit: "binary" }),
    {
      maxKeys: 5,
    },
  ),
});
/** One generated request with everything both signers need. */
export const caseArb = fc.record({
  origin: fc.constantFrom(
    "https://evs.cn-north-4.myhuaweicloud.com",
    "https://evs.ap-southeast-1.myhuaweicloud.com",
    "https://127.0.0.1:8443",
    "http://localhost:4010",
    "https://[::1]:9443",
  ),
  method: fc.constantFrom("GET", "DELETE", "POST", "PUT"),
  segments: fc.array(pathSegment, { minLength: 1, maxLength: 5 }),
  trailingSlash: fc.boolean(),
  query: fc.array(fc.tuple(queryName, queryText), { maxLength: 6 }),
  data: body,
  contentType: fc.constantFrom("application/json", "application/json;charset=UTF-8"),
  projectId: fc.option(hex32, { nil: undefined }),
  securityToken: fc.option(
    fc.string({
      unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="),
      minLength: 20,
      maxLength: 80,
    }),
    { nil: undefined },
  ),
  accessKey: fc.string({
    unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
    minLength: 20,
    maxLength: 20,
  }),
  secretKey: fc.string({
    unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
    minLength: 40,
    maxLength: 40,
  }),
  now: fc.date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2099-12-31T23:59:59Z"),
    noInvalidDate: true,
  }),
});
export type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** Both clients' view of one case, and both Authorization headers. */
export async function signBoth(c: Case, path: { sdk: string; wire: string }) {
  const hasBody = c.method === "POST" || c.method === "PUT";
  const headers: Record<string, string> = {};
  if (hasBody) headers["content-type"] = c.contentType;
  if (c.projectId !== undefined) headers["X-Project-Id"] = c.projectId;
  const search = c.query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
  const request = new Request(`${c.origin}${path.wire}${search === "" ? "" : `?${search}`}`, {
    method: c.method,
    headers,
    body: hasBody ? JSON.stringify(c.data) : null,
  });
  const credentials = { accessKey: c.accessKey, secretKey: c.secretKey, securityToken: c.securityToken };
  const ours = await signHuaweiCloudRequest(request, credentials, { now: () => c.now });
  const sdk = sdkAuthorization({
    method: c.method,
    origin: c.origin,
    rawPath: path.sdk,
    query: c.query,
    headers: c.securityToken === undefined ? headers : { ...headers, "X-Security-Token": c.securityToken },
    data: hasBody ? c.data : undefined,
    sdkDate: sdkDate(c.now),
    accessKey: c.accessKey,
    secretKey: c.secretKey,
  });
  return { ours: ours.headers.get("authorization"), sdk };
}

/** The SDK's raw path and the wire path (values escaped as openapi-fetch does) for the same segments. */
export function paths(segments: string[], trailingSlash: boolean) {
  const tail = trailingSlash ? "/" : "";
  return {
    sdk: `/${segments.join("/")}${tail}`,
    wire: `/${segments.map(encodeURIComponent).join("/")}${tail}`,
  };
}
