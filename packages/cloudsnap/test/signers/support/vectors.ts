import { readdirSync, readFileSync } from "node:fs";

/** Where a vector's expected values come from, and what else checked them. */
export interface VectorSource {
  kind: "published" | "providers.md" | "self-derived";
  reference: string;
  checkedWith: string[];
  notes?: string;
}

/** The request and fixed inputs every vector starts from. */
export interface VectorRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | null;
  /** ISO-8601 instant returned by the fixed clock. */
  now: string;
}

export interface NcloudVector {
  description: string;
  source: VectorSource;
  given: VectorRequest & { credentials: { accessKey: string; secretKey: string } };
  want: {
    requestTarget: string;
    timestamp: string;
    stringToSign: string[];
    signature: string;
    headers: Record<string, string>;
  };
}

export interface HuaweiCloudVector {
  description: string;
  source: VectorSource;
  /** Whether the official Node SDK signer produces the same Authorization header, and if not, why. */
  officialSdk: { agrees: true } | { agrees: false; why: string; sdkAuthorization: string };
  given: VectorRequest & { credentials: { accessKey: string; secretKey: string; securityToken?: string } };
  want: {
    sdkDate: string;
    canonicalUri: string;
    canonicalQueryString: string;
    headersToSign: Array<[string, string]>;
    /** Lines of CanonicalHeaders; each ends with "\n" in the real value. */
    canonicalHeaders: string[];
    signedHeaders: string;
    hashedPayload: string;
    /** Lines of CanonicalRequest, joined with "\n". */
    canonicalRequest: string[];
    hashedCanonicalRequest: string;
    stringToSign: string[];
    signature: string;
    headers: Record<string, string>;
  };
}

export interface ZStackVector {
  description: string;
  source: VectorSource;
  given: VectorRequest & {
    credentials: { accessKeyId: string; accessKeySecret: string };
    timeZone: string;
    /** A literal Date text (another client's rendering); when set, the date steps are not run. */
    dateHeader?: string;
  };
  want: {
    wallClock?: {
      year: number;
      month: number;
      day: number;
      hour: number;
      minute: number;
      second: number;
      offsetMinutes: number;
    };
    dateHeader: string;
    uri: string;
    stringToSign: string[];
    signature: string;
    headers: Record<string, string>;
  };
}

/** The repo-root `test/vectors/` folder, found relative to this file. */
export const VECTORS_DIR = new URL("../../../../../test/vectors/", import.meta.url);

/** Reads every `*.json` vector of a scheme, sorted by file name. */
export function loadVectors<T>(
  scheme: "ncloud" | "huaweicloud" | "zstack",
): Array<{ file: string; vector: T }> {
  const dir = new URL(`${scheme}/`, VECTORS_DIR);
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => ({ file, vector: JSON.parse(readFileSync(new URL(file, dir), "utf8")) as T }));
}

/** Builds the vector's request afresh (a Request body can only be read once). */
export function requestOf(given: VectorRequest): Request {
  return new Request(given.url, { method: given.method, headers: given.headers, body: given.body });
}

/** The vector's fixed clock. */
export function clockOf(given: VectorRequest): () => Date {
  return () => new Date(given.now);
}
