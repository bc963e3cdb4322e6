/** Default Huawei Cloud region when neither the options nor the credentials name one. */
export const DEFAULT_HUAWEICLOUD_REGION = "cn-north-4";

/** EVS origin for a region (providers.md §5.1; the Dublin host is unconfirmed: override `endpoints.evs`). */
export function evsOrigin(region: string): string {
  return `https://evs.${region}.myhuaweicloud.com`;
}

/** Regional IAM origin (providers.md §5.5). */
export function iamOrigin(region: string): string {
  return `https://iam.${region}.myhuaweicloud.com`;
}

/** Renew an IAM token this long before it expires, so a call never starts with a dying token. */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;
