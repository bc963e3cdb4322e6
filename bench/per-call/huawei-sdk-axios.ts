// (d) The official Huawei Cloud SDK's signer plus axios, the way the SDK's own HTTP client sends:
// AKSKSigner.sign over { endpoint, method, headers, data } (it hashes JSON.stringify(data)), then an
// axios instance made once with `proxy: false`. A benchmark peer only (devDependencies).
import { AKSKSigner } from "@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js";
import { BasicCredentials } from "@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials.js";
import axios from "axios";
import { FAKE_KEYS, IDS } from "../lib/constants";

type Json = Record<string, unknown>;

/** The SDK signer + axios calls for the Huawei scenarios. Each resolves to the id the scenario checks. */
export function createHuaweiSdkAxios(origin: string) {
  const credentials = new BasicCredentials().withAk(FAKE_KEYS.accessKey).withSk(FAKE_KEYS.secretKey);
  const client = axios.create({ proxy: false });

  const send = async (method: "GET" | "POST", path: string, data?: Json): Promise<Json> => {
    const headers = AKSKSigner.sign(
      {
        endpoint: `${origin}${path}`,
        method,
        headers: data === undefined ? {} : { "Content-Type": "application/json" },
        queryParams: {},
        data,
      },
      credentials,
    ) as Record<string, string>;
    const response = await client.request<Json>({ url: `${origin}${path}`, method, headers, data });
    return response.data;
  };
  const create = () =>
    send("POST", `/v5/${IDS.huaweiProjectId}/snapshots`, { snapshot: { volume_id: IDS.huaweiVolumeId } });

  return {
    async huaweiEvsCreate(): Promise<string> {
      return String((await create()).snapshot_id);
    },

    async huaweiEvsCreateAndWait(): Promise<string> {
      const created = await create();
      const job = await send("GET", `/v1/${IDS.huaweiProjectId}/jobs/${String(created.job_id)}`);
      if (job.status !== "SUCCESS") throw new Error(`sdk+axios: job ${String(job.status)}`);
      const { snapshot } = (await send(
        "GET",
        `/v5/${IDS.huaweiProjectId}/snapshots/${String(created.snapshot_id)}`,
      )) as { snapshot: { id: string; status: string } };
      if (snapshot.status !== "available") throw new Error(`sdk+axios: snapshot ${snapshot.status}`);
      return `${snapshot.id}:${snapshot.status}`;
    },
  };
}
