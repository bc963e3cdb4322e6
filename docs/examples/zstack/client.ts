import { createZStackClient } from "cloudsnap";

// ZSTACK_ACCESS_KEY_ID / ZSTACK_ACCESS_KEY_SECRET when set (AccessKey signing), else
// ZSTACK_ACCOUNT_NAME / ZSTACK_ACCOUNT_PASSWORD (a session); the node from ZSTACK_HOST / ZSTACK_PORT.
const zstack = createZStackClient({ timeZone: "Asia/Shanghai" });

// A session for an account, on a node published behind an HTTPS proxy.
const viaProxy = createZStackClient({
  credentials: { accountName: "admin", password: "<password>" },
  endpoint: "https://zstack.example.com",
});

// An AccessKey pair, and the node's host and port.
const signed = createZStackClient({
  credentials: { accessKeyId: "<access key id>", accessKeySecret: "<access key secret>" },
  host: "10.0.0.12",
  port: 8080,
  timeZone: "Asia/Shanghai",
});

export { signed, viaProxy, zstack };
