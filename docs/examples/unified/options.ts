import { createNcloudClient, createSnapshot, fromNcloudFile, waitForSnapshot } from "cloudsnap";

// A mock or a proxy: one origin replaces every default host of the target's provider.
await createSnapshot("zstack:e60a0fb0b75743c1b0fcb017e31db043", { endpoint: "http://127.0.0.1:4010" });

// Credentials other than the default chain, per provider.
await createSnapshot("ncloud-vpc:20803168", { credentials: { ncloud: fromNcloudFile({ profile: "prod" }) } });

// Or clients you built (their endpoints, credentials and settings apply); reuse them for the wait.
const clients = { ncloud: createNcloudClient({ site: "gov", timeoutMs: 10_000 }) };
const snapshot = await createSnapshot("ncloud-vpc:20803168?site=gov", { clients });
await waitForSnapshot({ target: snapshot.target, id: snapshot.id }, { clients });
