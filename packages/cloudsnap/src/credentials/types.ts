/** Anything that yields credentials when asked; called again whenever they are needed. */
export type CredentialProvider<T> = () => Promise<T>;

/** Credentials given directly, or a provider of them. Accepted wherever credentials are. */
export type CredentialSource<T> = T | CredentialProvider<T>;

/** NAVER Cloud API Gateway access key pair (providers.md §1.3). */
export interface NcloudCredentials {
  readonly accessKey: string;
  readonly secretKey: string;
}

/** Huawei Cloud AK/SK for `SDK-HMAC-SHA256`; `securityToken` for temporary keys (§5.4). */
export interface HuaweiCloudCredentials {
  readonly accessKey: string;
  readonly secretKey: string;
  readonly securityToken?: string;
  readonly projectId?: string;
}

/** Huawei Cloud IAM user login for an `X-Auth-Token`, scoped by project name or id (§5.5). */
export type HuaweiCloudIamUserCredentials = {
  readonly userName: string;
  readonly password: string;
  /** The account (domain) name. */
  readonly domainName: string;
} & (
  | { readonly projectName: string; readonly projectId?: undefined }
  | { readonly projectId: string; readonly projectName?: undefined }
  | { readonly projectName?: undefined; readonly projectId?: undefined }
);

/** ZStack account login for a session (§6.4). */
export interface ZStackSessionCredentials {
  readonly accountName: string;
  readonly password: string;
}

/** ZStack AccessKey pair for `Authorization: ZStack …` signing (§6.5). */
export interface ZStackAccessKeyCredentials {
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
}

/** Either kind of ZStack credentials. */
export type ZStackCredentials = ZStackSessionCredentials | ZStackAccessKeyCredentials;

/** Whether ZStack credentials are an AccessKey pair (else an account login). */
export function isZStackAccessKeyCredentials(value: ZStackCredentials): value is ZStackAccessKeyCredentials {
  return "accessKeyId" in value;
}
