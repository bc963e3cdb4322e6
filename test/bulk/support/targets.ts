// The targets and credentials of the bulk proofs: one volume per target, numbered, so that runs
// never share a volume and the fake can check each has exactly one snapshot.

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { FakeApi } from "./store";

/** The five target kinds, in the order the reports list them. */
export const KINDS: readonly FakeApi[] = [
  "ncloud-nas",
  "ncloud-vpc",
  "ncloud-ses",
  "huaweicloud-evs",
  "zstack",
];

/** The `n`-th target of a kind. */
export function targetOf(kind: FakeApi, n: number): string {
  const hex12 = n.toString(16).padStart(12, "0");
  switch (kind) {
    case "ncloud-nas":
      return `ncloud-nas:${23_400_000 + n}`;
    case "ncloud-vpc":
      return `ncloud-vpc:${20_800_000 + n}`;
    case "ncloud-ses":
      return `ncloud-ses:${1_030_000 + n}?bucket=bulk-snapshots`;
    case "huaweicloud-evs":
      return `huaweicloud-evs:2c194dde-7de5-4529-a141-${hex12}`;
    case "zstack":
      return `zstack:e60a0fb0b75743c1b0fc${hex12}`;
  }
}

/** `count` targets from number `first`, the kinds taking turns. */
export function* targetList(kinds: readonly FakeApi[], count: number, first = 0): Generator<string> {
  for (let i = 0; i < count; i += 1) yield targetOf(kinds[i % kinds.length] as FakeApi, first + i);
}

/** Writes targets one a line (streamed: a 100,000-line file is never held whole). */
export async function writeTargets(path: string, targets: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const target of targets) {
    if (!out.write(`${target}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/**
 * Obviously fake keys, one account per provider. The fake names accounts by their key ids:
 * `ncloud:BULKFAKENCLOUDKEY01`, `huaweicloud:BULKFAKEHUAWEIKEY01`, `zstack:BULKFAKEZSTACKKEY01`.
 */
export const CREDENTIALS = {
  ncloud: { accessKey: "BULKFAKENCLOUDKEY01", secretKey: "bulk-fake-ncloud-secret-not-real" },
  huaweicloud: {
    accessKey: "BULKFAKEHUAWEIKEY01",
    secretKey: "bulk-fake-huawei-secret-not-real",
    projectId: "0123456789abcdef0123456789abcdef",
  },
  zstack: { accessKeyId: "BULKFAKEZSTACKKEY01", accessKeySecret: "bulk-fake-zstack-secret-not-real" },
} as const;
