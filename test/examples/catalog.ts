/** Mock origins by spec key (`ncloud/vserver`), as `startMocks(allSpecs())` reports them. */
export type MockUrls = Readonly<Record<string, string>>;

/** One example run: its file in examples/, its arguments, and the environment a user would set. */
export interface ExampleRun {
  readonly file: string;
  readonly args: readonly string[];
  env(urls: MockUrls): Record<string, string>;
}

// Placeholder credentials: Prism checks that auth headers are present, never what they sign.
const NCLOUD_KEYS = {
  NCLOUD_ACCESS_KEY_ID: "EXAMPLEACCESSKEY",
  NCLOUD_SECRET_ACCESS_KEY: "example-secret-not-real",
};
const HUAWEI_KEYS = {
  HUAWEICLOUD_SDK_AK: "EXAMPLEAK",
  HUAWEICLOUD_SDK_SK: "example-sk-not-real",
  HUAWEICLOUD_SDK_PROJECT_ID: "0123456789abcdef0123456789abcdef",
};
const ZSTACK_ACCOUNT = { ZSTACK_ACCOUNT_NAME: "admin", ZSTACK_ACCOUNT_PASSWORD: "example-password" };

const url = (urls: MockUrls, key: string) => {
  const found = urls[key];
  if (!found) throw new Error(`no mock for ${key}`);
  return found;
};

/** The Prism mocks the examples talk to (search-engine and IAM are not needed). */
export const MOCKED_SPECS = [
  "ncloud/classic-nas",
  "ncloud/vserver",
  "huaweicloud/evs",
  "zstack/volume-snapshots",
];

/** `allSpecs()` narrowed to {@link MOCKED_SPECS}: fewer Prism processes to start. */
export function mockedSpecs(all: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(all).filter(([key]) => MOCKED_SPECS.includes(key)));
}

/** Every example, with the arguments and environment `pnpm examples` and the tests run it with. */
export const EXAMPLES = {
  ncloud: {
    file: "ncloud-create-snapshots.ts",
    args: ["23420000", "3168"],
    env: (urls) => ({
      ...NCLOUD_KEYS,
      CLOUDSNAP_EXAMPLE_ENDPOINT_CLASSIC_NAS: url(urls, "ncloud/classic-nas"),
      CLOUDSNAP_EXAMPLE_ENDPOINT_VSERVER: url(urls, "ncloud/vserver"),
    }),
  },
  huaweicloud: {
    file: "huaweicloud-evs-create-snapshot.ts",
    args: ["2c194dde-7de5-4529-a141-49f48181f411", "before-migration"],
    env: (urls) => ({ ...HUAWEI_KEYS, CLOUDSNAP_EXAMPLE_ENDPOINT_EVS: url(urls, "huaweicloud/evs") }),
  },
  zstack: {
    file: "zstack-create-snapshot.ts",
    args: ["e60a0fb0b75743c1b0fcb017e31db043", "Snapshot-1"],
    env: (urls) => ({
      ...ZSTACK_ACCOUNT,
      CLOUDSNAP_EXAMPLE_ENDPOINT_ZSTACK: url(urls, "zstack/volume-snapshots"),
    }),
  },
  waiting: {
    file: "wait-for-snapshot.ts",
    args: ["3168"],
    env: (urls) => ({ ...NCLOUD_KEYS, CLOUDSNAP_EXAMPLE_ENDPOINT_VSERVER: url(urls, "ncloud/vserver") }),
  },
} as const satisfies Record<string, ExampleRun>;
