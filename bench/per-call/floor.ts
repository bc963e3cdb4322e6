// (a) The floor: global fetch(url, init) plus a node:crypto signature, the same requests the facade
// sends, reading the answer (JSON.parse(await res.text()) for JSON; the text only for XML).
import { FAKE_KEYS, IDS } from "../lib/constants";
import { huaweiCloudSignature, ncloudSignature, newJobUuid, zstackSignature } from "./node-crypto-signing";

type Json = Record<string, unknown>;

async function readJson(response: Response, expected: number): Promise<Json> {
  const text = await response.text();
  if (response.status !== expected) throw new Error(`floor: expected ${expected}, got ${response.status}`);
  return JSON.parse(text) as Json;
}

const FORM = "application/x-www-form-urlencoded";

/** The floor's calls, one per scenario, against `origin`. Each resolves to the id the scenario checks. */
export function createFloor(origin: string) {
  const host = new URL(origin).host;

  const huaweiGet = async (path: string): Promise<Json> =>
    readJson(
      await fetch(`${origin}${path}`, {
        headers: huaweiCloudSignature("GET", host, path, undefined, FAKE_KEYS),
      }),
      200,
    );

  const huaweiCreate = async (): Promise<Json> => {
    const path = `/v5/${IDS.huaweiProjectId}/snapshots`;
    const text = JSON.stringify({ snapshot: { volume_id: IDS.huaweiVolumeId } });
    const contentType = "application/json";
    const response = await fetch(`${origin}${path}`, {
      method: "POST",
      headers: {
        "Content-Type": contentType,
        ...huaweiCloudSignature("POST", host, path, { contentType, text }, FAKE_KEYS),
      },
      body: text,
    });
    return readJson(response, 202);
  };

  return {
    async ncloudVpcCreate(): Promise<string> {
      const path = "/vserver/v2/createBlockStorageSnapshotInstance";
      const body = new URLSearchParams({
        originalBlockStorageInstanceNo: IDS.blockStorageInstanceNo,
        responseFormatType: "json",
      }).toString();
      const response = await fetch(`${origin}${path}`, {
        method: "POST",
        headers: {
          "Content-Type": FORM,
          Accept: "application/json",
          ...ncloudSignature("POST", path, FAKE_KEYS),
        },
        body,
      });
      const json = await readJson(response, 200);
      const created = json.createBlockStorageSnapshotInstanceResponse as {
        blockStorageSnapshotInstanceList: { blockStorageSnapshotInstanceNo: string }[];
      };
      return created.blockStorageSnapshotInstanceList[0]?.blockStorageSnapshotInstanceNo ?? "";
    },

    async huaweiEvsCreate(): Promise<string> {
      return String((await huaweiCreate()).snapshot_id);
    },

    async zstackCreate(): Promise<string> {
      const path = `/zstack/v1/volumes/${IDS.zstackVolumeUuid}/volume-snapshots`;
      const response = await fetch(`${origin}${path}`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          "X-Job-UUID": newJobUuid(),
          ...zstackSignature("POST", path, FAKE_KEYS),
        },
        body: JSON.stringify({ params: { name: IDS.zstackSnapshotName } }),
      });
      const accepted = await readJson(response, 202);
      const jobPath = new URL(String(accepted.location)).pathname;
      const job = await readJson(
        await fetch(`${origin}${jobPath}`, { headers: zstackSignature("GET", jobPath, FAKE_KEYS) }),
        200,
      );
      return String((job.inventory as Json).uuid);
    },

    async ncloudNasCreateXml(): Promise<string> {
      const path = "/server/v2/createNasVolumeSnapshot";
      const response = await fetch(`${origin}${path}`, {
        method: "POST",
        headers: {
          "Content-Type": FORM,
          Accept: "application/xml",
          ...ncloudSignature("POST", path, FAKE_KEYS),
        },
        body: new URLSearchParams({ nasVolumeInstanceNo: IDS.nasVolumeInstanceNo }).toString(),
      });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`floor: expected 200, got ${response.status}`);
      return text;
    },

    async huaweiEvsCreateAndWait(): Promise<string> {
      const created = await huaweiCreate();
      const job = await huaweiGet(`/v1/${IDS.huaweiProjectId}/jobs/${String(created.job_id)}`);
      if (job.status !== "SUCCESS") throw new Error(`floor: job ${String(job.status)}`);
      const { snapshot } = (await huaweiGet(
        `/v5/${IDS.huaweiProjectId}/snapshots/${String(created.snapshot_id)}`,
      )) as { snapshot: { id: string; status: string } };
      if (snapshot.status !== "available") throw new Error(`floor: snapshot ${snapshot.status}`);
      return `${snapshot.id}:${snapshot.status}`;
    },
  };
}
