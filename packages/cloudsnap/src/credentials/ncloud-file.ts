import { CredentialsError } from "../errors/credentials-error";
import {
  NCLOUD_CONFIG_PATH,
  NCLOUD_DEFAULT_PROFILE,
  NCLOUD_FILE_ACCESS_KEY,
  NCLOUD_FILE_SECRET_KEY,
} from "./constants";
import { type FileAccess, homePath, readOptionalFile } from "./file-access";
import { type IniEntry, parseIni } from "./parse-ini";
import { protectCredentials } from "./protect-credentials";
import { pairFromSection } from "./section-pair";
import type { CredentialProvider, NcloudCredentials } from "./types";

/** Options for {@link fromNcloudFile}. */
export interface NcloudFileOptions extends FileAccess {
  /** Defaults to `~/.ncloud/configure`. */
  path?: string;
  /** Section to read; defaults to `DEFAULT` (which also covers keys outside any section). */
  profile?: string;
}

/**
 * NCP keys from the file `ncloud configure` writes: `~/.ncloud/configure`, INI with
 * `ncloud_access_key_id` / `ncloud_secret_access_key` under `[DEFAULT]` or a named profile.
 */
export function fromNcloudFile(options: NcloudFileOptions = {}): CredentialProvider<NcloudCredentials> {
  return async () => {
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
  };
}

/** `DEFAULT` also takes keys written before any header, as the SDK examples show them. */
function profileSection(
  doc: ReturnType<typeof parseIni>,
  profile: string,
): Map<string, IniEntry> | undefined {
  if (profile !== NCLOUD_DEFAULT_PROFILE) return doc.get(profile);
  return new Map([...(doc.get("") ?? []), ...(doc.get(NCLOUD_DEFAULT_PROFILE) ?? [])]);
}
