import { createNcloudClient, fromNcloudFile } from "cloudsnap";

// Credentials from NCLOUD_ACCESS_KEY_ID / NCLOUD_SECRET_ACCESS_KEY, else ~/.ncloud/configure [DEFAULT].
const ncloud = createNcloudClient({ regionCode: "KR" });

// A named profile of the configure file, the government site, and a slower network.
const gov = createNcloudClient({
  credentials: fromNcloudFile({ profile: "gov-backup" }),
  site: "gov",
  regionCode: "KR",
  timeoutMs: 60_000,
});

// Keys you already hold (from a secret manager, say), and an API gateway proxy as the one origin.
const proxied = createNcloudClient({
  credentials: { accessKey: "<access key id>", secretKey: "<secret key>" },
  endpoint: "https://ncloud-proxy.internal.example:8443",
});

export { gov, ncloud, proxied };
