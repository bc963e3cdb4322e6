// The three signers run with the WebCrypto port (what browsers, Deno, Bun and workers get through
// `#crypto`) must produce exactly what the node:crypto port produces, and what each vector records.
import { describe, expect, it } from "vitest";
import { cryptoPort as nodePort, cryptoPort as webPort } from "../../src/crypto/node.js";
import type { CryptoPort } from "../../src/crypto/types.js";
import { signHuaweiCloudRequest } from "../../src/providers/huaweicloud/signer";
import { signNcloudRequest } from "../../src/providers/ncloud/signer";
import { signZStackRequest } from "../../src/providers/zstack/signer";
import {
  clockOf,
  type HuaweiCloudVector,
  loadVectors,
  type NcloudVector,
  requestOf,
  type ZStackVector,
} from "./support/vectors.js";

async function headersWith(port: CryptoPort, sign: (crypto: CryptoPort) => Promise<Request>) {
  return Object.fromEntries((await sign(port)).headers);
}

async function expectParity(want: Record<string, string>, sign: (crypto: CryptoPort) => Promise<Request>) {
  const web = await headersWith(webPort, sign);
  expect(web).toEqual(await headersWith(nodePort, sign));
  for (const [name, value] of Object.entries(want)) expect(web[name]).toBe(value);
}

describe("WebCrypto port gives the node:crypto results", () => {
  it.each(loadVectors<NcloudVector>("ncloud"))("NAVER Cloud $file", async ({ vector: { given, want } }) => {
    await expectParity(want.headers, (crypto) =>
      signNcloudRequest(requestOf(given), given.credentials, { now: clockOf(given), crypto }),
    );
  });

  it.each(loadVectors<HuaweiCloudVector>("huaweicloud"))(
    "Huawei Cloud $file",
    async ({ vector: { given, want } }) => {
      await expectParity(want.headers, (crypto) =>
        signHuaweiCloudRequest(requestOf(given), given.credentials, { now: clockOf(given), crypto }),
      );
    },
  );

  it.each(loadVectors<ZStackVector>("zstack").filter(({ vector }) => vector.given.dateHeader === undefined))(
    "ZStack $file",
    async ({ vector: { given, want } }) => {
      await expectParity(want.headers, (crypto) =>
        signZStackRequest(requestOf(given), given.credentials, {
          now: clockOf(given),
          timeZone: given.timeZone,
          crypto,
        }),
      );
    },
  );

  it("the injected port is really used", async () => {
    const calls: string[] = [];
    const record =
      <A extends unknown[], R>(name: string, fn: (...args: A) => R) =>
      (...args: A): R => {
        calls.push(name);
        return fn(...args);
      };
    const spy: CryptoPort = {
      sha256Hex: record("sha256", webPort.sha256Hex),
      sha512Hex: record("sha512", webPort.sha512Hex),
      hmacSha256: record("hmacSha256", webPort.hmacSha256),
      hmacSha1: record("hmacSha1", webPort.hmacSha1),
    };
    const request = () => new Request("http://h/zstack/v1/x");
    await signNcloudRequest(request(), { accessKey: "a", secretKey: "s" }, { crypto: spy });
    await signHuaweiCloudRequest(request(), { accessKey: "a", secretKey: "s" }, { crypto: spy });
    await signZStackRequest(
      request(),
      { accessKeyId: "a", accessKeySecret: "s" },
      { crypto: spy, timeZone: "UTC" },
    );
    expect(calls).toEqual(["hmacSha256", "sha256", "sha256", "hmacSha256", "hmacSha1"]);
  });
});
