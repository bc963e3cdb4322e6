import { describe, expect, it } from "vitest";
import { AuthenticationError, PermissionDeniedError } from "../../src/core/http-errors";
import { createHuaweiCloudClient } from "../../src/providers/huaweicloud/client";
import { createNcloudClient } from "../../src/providers/ncloud/client";
import { createZStackClient } from "../../src/providers/zstack/client";
import { EVS_CREATED, ncloudVpcCreated, zstackInventory } from "../support/valid-answers";
import type { SeenRequest } from "./support/recording-fetch";
import { json } from "./support/recording-fetch";
import {
  HUAWEICLOUD_RULES,
  NCLOUD_RULES,
  type SkewRules,
  skewedServer,
  ZSTACK_RULES,
} from "./support/skewed-server";

const HOUR = 60 * 60_000;
const VOLUME = "e60a0fb0b75743c1b0fcb017e31db043";
const JOB = "9b1f4e0c2d3a4b5c6d7e8f9a0b1c2d3e";

interface Clock {
  readonly now?: () => Date;
  readonly correctClockSkew?: boolean;
}

interface Provider {
  readonly name: string;
  readonly rules: SkewRules;
  readonly rejection: new (...args: never[]) => Error;
  readonly answer: (request: SeenRequest) => Response;
  /** Makes a client on `fetch` and returns one call of its create. */
  readonly create: (fetch: (request: Request) => Promise<Response>, clock: Clock) => () => Promise<unknown>;
}

const PROVIDERS: readonly Provider[] = [
  {
    name: "NAVER Cloud",
    rules: NCLOUD_RULES,
    rejection: AuthenticationError,
    answer: () => json(ncloudVpcCreated()),
    create: (fetch, clock) => {
      const client = createNcloudClient({
        credentials: { accessKey: "AKSKEW0000000001", secretKey: "skew-secret-ncloud" },
        fetch,
        ...clock,
      });
      return () => client.vserver.createBlockStorageSnapshotInstance({ originalBlockStorageInstanceNo: "1" });
    },
  },
  {
    name: "Huawei Cloud",
    rules: HUAWEICLOUD_RULES,
    rejection: AuthenticationError,
    answer: () => json(EVS_CREATED, 202),
    create: (fetch, clock) => {
      const client = createHuaweiCloudClient({
        credentials: { accessKey: "HWSKEW000000000001", secretKey: "skew-secret-huawei" },
        projectId: "0123456789abcdef0123456789abcdef",
        fetch,
        ...clock,
      });
      return () => client.evs.createSnapshot({ snapshot: { volume_id: VOLUME } });
    },
  },
  {
    name: "ZStack",
    rules: ZSTACK_RULES,
    rejection: PermissionDeniedError,
    answer: (request) =>
      request.method === "POST"
        ? json({ location: `http://zs.example.test:8080/zstack/v1/api-jobs/${JOB}` }, 202)
        : json({ inventory: zstackInventory({ uuid: "1a2b3c4d5e6f708192a3b4c5d6e7f809" }) }),
    create: (fetch, clock) => {
      const client = createZStackClient({
        credentials: { accessKeyId: "ZSSKEWAK0001", accessKeySecret: "skew-secret-zstack" },
        endpoint: "http://zs.example.test:8080",
        timeZone: "UTC",
        fetch,
        ...clock,
      });
      return () => client.volumeSnapshots.createVolumeSnapshot({ volumeUuid: VOLUME, params: { name: "s" } });
    },
  },
];

describe.each(PROVIDERS)("clock skew against $name", (provider) => {
  it("learns the server's clock from its Date when it is an hour ahead, re-signs the create once and succeeds", async () => {
    const server = skewedServer(provider.rules, HOUR, provider.answer);
    const create = provider.create(server.fetch, {});
    await expect(create()).resolves.toBeDefined();
    expect(server.accepted.slice(0, 2)).toEqual([false, true]);
    const second = server.seen[1];
    expect(second && Math.abs(provider.rules.signedAt(second) - (Date.now() + HOUR))).toBeLessThan(60_000);
  });

  it("learns a server clock an hour behind as well", async () => {
    const server = skewedServer(provider.rules, -HOUR, provider.answer);
    await expect(provider.create(server.fetch, {})()).resolves.toBeDefined();
    expect(server.accepted.slice(0, 2)).toEqual([false, true]);
  });

  it("keeps the learned offset for the client's later calls", async () => {
    const server = skewedServer(provider.rules, HOUR, provider.answer);
    const create = provider.create(server.fetch, {});
    await create();
    const before = server.seen.length;
    await create();
    expect(server.accepted.slice(before)).not.toContain(false);
  });

  it("does not resend when the rejection's Date agrees with our clock (a bad signature, not skew)", async () => {
    const server = skewedServer({ ...provider.rules, windowMs: -1 }, 0, provider.answer);
    const error = await provider
      .create(server.fetch, {})()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(provider.rejection);
    expect(server.seen).toHaveLength(1);
  });

  it("does not correct the clock when correctClockSkew is false", async () => {
    const server = skewedServer(provider.rules, HOUR, provider.answer);
    const error = await provider
      .create(server.fetch, { correctClockSkew: false })()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(provider.rejection);
    expect(server.seen).toHaveLength(1);
  });

  it("takes an injected clock as it is unless asked to correct it", async () => {
    const now = () => new Date();
    const server = skewedServer(provider.rules, HOUR, provider.answer);
    await expect(provider.create(server.fetch, { now })()).rejects.toBeInstanceOf(provider.rejection);
    const corrected = skewedServer(provider.rules, HOUR, provider.answer);
    await expect(provider.create(corrected.fetch, { now, correctClockSkew: true })()).resolves.toBeDefined();
  });
});
