import { chain } from "./chain";
import type { FileAccess } from "./file-access";
import { fromHuaweiCloudEnv } from "./huaweicloud-env";
import { fromHuaweiCloudFile } from "./huaweicloud-file";
import { type MemoizedProvider, memoize } from "./memoize";
import type { EnvOptions } from "./ncloud-env";
import { fromNcloudEnv } from "./ncloud-env";
import { fromNcloudFile } from "./ncloud-file";
import type { HuaweiCloudCredentials, NcloudCredentials, ZStackCredentials } from "./types";
import { fromZStackEnv } from "./zstack-env";

/** What the default chains read from; every part defaults to the real environment and disk. */
export interface DefaultCredentialsOptions extends EnvOptions, FileAccess {}

/** NCP: environment variables, then `~/.ncloud/configure` `[DEFAULT]`. Memoized. */
export function defaultNcloudCredentials(
  options: DefaultCredentialsOptions = {},
): MemoizedProvider<NcloudCredentials> {
  return memoize(chain(fromNcloudEnv(options), fromNcloudFile(options)));
}

/** Huawei Cloud: `HUAWEICLOUD_SDK_*` variables, then the SDK credentials file `[basic]`. Memoized. */
export function defaultHuaweiCloudCredentials(
  options: DefaultCredentialsOptions = {},
): MemoizedProvider<HuaweiCloudCredentials> {
  return memoize(chain(fromHuaweiCloudEnv(options), fromHuaweiCloudFile(options)));
}

/** ZStack: the AccessKey pair from the environment, else the account login. Memoized. */
export function defaultZStackCredentials(options: EnvOptions = {}): MemoizedProvider<ZStackCredentials> {
  return memoize(fromZStackEnv(options));
}
