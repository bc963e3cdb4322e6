// The official Huawei Cloud Node SDK signer, called as a test oracle only (devDependency).
import { AKSKSigner } from "@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js";
import { BasicCredentials } from "@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials.js";

/** A request in the shape the SDK builds it: raw (unencoded) path and query values, a body object. */
export interface SdkRequest {
  method: string;
  /** scheme://host[:port] */
  origin: string;
  /** Path with raw values substituted, as HcClient does with path params. */
  rawPath: string;
  query: ReadonlyArray<readonly [string, string]>;
  /** Header names as the SDK sends them (`content-type`, `X-Project-Id`, `X-Security-Token`, …). */
  headers: Record<string, string>;
  /** JSON body as an object; the SDK hashes `JSON.stringify(data)`. */
  data?: object;
  sdkDate: string;
  accessKey: string;
  secretKey: string;
}

/** Signs with the SDK's AKSKSigner and returns its Authorization header. */
export function sdkAuthorization(request: SdkRequest): string {
  const queryParams: Record<string, string | string[]> = {};
  for (const [name, value] of request.query) {
    const existing = Object.hasOwn(queryParams, name) ? queryParams[name] : undefined;
    const next =
      existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
    // defineProperty, not assignment: a "__proto__" name must stay an ordinary key.
    Object.defineProperty(queryParams, name, {
      value: next,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const credentials = new BasicCredentials().withAk(request.accessKey).withSk(request.secretKey);
  const signed: Record<string, unknown> = AKSKSigner.sign(
    {
      endpoint: request.origin + request.rawPath,
      method: request.method,
      headers: { ...request.headers, "X-Sdk-Date": request.sdkDate },
      queryParams,
      data: request.data,
    },
    credentials,
  );
  const authorization = signed.Authorization;
  if (typeof authorization !== "string") throw new Error("the SDK signer returned no Authorization header");
  return authorization;
}
