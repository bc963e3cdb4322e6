// Reading the ncloud CLI's configure file; loaded by fromNcloudFile on first use.

import {
  homePath,
  type IniEntry,
  pairFromSection,
  parseIni,
  readOptionalFile,
} from "../../core/credential-files";
import { protectCredentials } from "../../core/credentials";
import { CredentialsError } from "../../core/errors";
import {
  NCLOUD_CONFIG_PATH,
  NCLOUD_DEFAULT_PROFILE,
  NCLOUD_FILE_ACCESS_KEY,
  NCLOUD_FILE_SECRET_KEY,
  type NcloudCredentials,
  type NcloudFileOptions,
} from "./credential-sources";

/** Reads the configure file as {@link fromNcloudFile} describes. */
export async function readNcloudFile(options: NcloudFileOptions): Promise<NcloudCredentials> {
  const path = options.path ?? (await homePath(options, NCLOUD_CONFIG_PATH));
  if (path === undefined) {
    throw new CredentialsError("No home directory, so no ~/.ncloud/configure to read", {
      tried: [`~/${NCLOUD_CONFIG_PATH.join("/")}`],
    });
  }
  const text = await readOptionalFile(options, path);
  if (text === undefined) throw new CredentialsError(`${path} does not exist`, { tried: [path] });
  const profile = options.profile ?? NCLOUD_DEFAULT_PROFILE;
  const section = profileSection(parseIni(text, path), profile);
  if (section === undefined) {
    throw new CredentialsError(`${path} has no [${profile}] profile`, { tried: [path], reason: "invalid" });
  }
  const [accessKey, secretKey] = pairFromSection(section, NCLOUD_FILE_ACCESS_KEY, NCLOUD_FILE_SECRET_KEY, {
    path,
    section: profile,
  });
  return protectCredentials({ accessKey, secretKey });
}

/** `DEFAULT` also takes keys written before any header, as the SDK examples show them. */
function profileSection(
  doc: ReturnType<typeof parseIni>,
  profile: string,
): Map<string, IniEntry> | undefined {
  if (profile !== NCLOUD_DEFAULT_PROFILE) return doc.get(profile);
  return new Map([...(doc.get("") ?? []), ...(doc.get(NCLOUD_DEFAULT_PROFILE) ?? [])]);
}
