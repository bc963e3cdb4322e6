import { createHuaweiCloudClient, fromHuaweiCloudFile } from "cloudsnap";

// AK/SK from HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK (+ HUAWEICLOUD_SDK_PROJECT_ID), else the
// [basic] section of ~/.huaweicloud/credentials (or $HUAWEICLOUD_SDK_CREDENTIALS_FILE).
const huawei = createHuaweiCloudClient({ region: "ap-southeast-1" });

// A credentials file somewhere else, and the project id given here rather than in the file.
const fromFile = createHuaweiCloudClient({
  credentials: fromHuaweiCloudFile({ path: "/etc/backup/huaweicloud-credentials" }),
  region: "cn-north-4",
  projectId: "0123456789abcdef0123456789abcdef",
});

// An IAM user instead of keys: cloudsnap gets an X-Auth-Token from IAM and renews it before it expires.
const asUser = createHuaweiCloudClient({
  credentials: {
    userName: "backup-bot",
    password: "<password>",
    domainName: "my-account",
    projectName: "cn-north-4",
  },
  region: "cn-north-4",
});

export { asUser, fromFile, huawei };
