// (c) openapi-fetch alone: the generated, auth-free clients of the provider packages with one
// openapi-fetch middleware that signs with node:crypto (the minimal correct signature).
import { createEvsClient } from "@cloudsnap/huaweicloud";
import { createClassicNasClient, createVserverClient } from "@cloudsnap/ncloud";
import { createVolumeSnapshotsClient } from "@cloudsnap/zstack";
import type { Middleware } from "openapi-fetch";
import { FAKE_KEYS, IDS } from "../lib/constants";
import { huaweiCloudSignature, ncloudSignature, newJobUuid, zstackSignature } from "./node-crypto-signing";

function setAll(request: Request, headers: Record<string, string>): Request {
  for (const [name, value] of Object.entries(headers)) request.headers.set(name, value);
  return request;
}

const signNcloud: Middleware = {
  onRequest({ request }) {
    const url = new URL(request.url);
    return setAll(request, ncloudSignature(request.method, url.pathname + url.search, FAKE_KEYS));
  },
};

const signHuaweiCloud: Middleware = {
  async onRequest({ request }) {
    const url = new URL(request.url);
    // The body is hashed, so it is read from a clone: the middleware only sees the built Request.
    const text = request.body ? await request.clone().text() : undefined;
    const body =
      text === undefined ? undefined : { contentType: request.headers.get("content-type") ?? "", text };
    return setAll(request, huaweiCloudSignature(request.method, url.host, url.pathname, body, FAKE_KEYS));
  },
};

const signZStack: Middleware = {
  onRequest({ request }) {
    return setAll(request, zstackSignature(request.method, new URL(request.url).pathname, FAKE_KEYS));
  },
};

function expectData<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) throw new Error(`openapi-fetch: ${result.response.status}`);
  return result.data;
}

/** The openapi-fetch calls, one per scenario, against `origin`. Each resolves to the id the scenario checks. */
export function createOpenapiFetchAlone(origin: string) {
  const vserver = createVserverClient({ baseUrl: origin, middleware: [signNcloud] });
  const classicNas = createClassicNasClient({ baseUrl: origin, middleware: [signNcloud] });
  const evs = createEvsClient({ baseUrl: origin, middleware: [signHuaweiCloud] });
  const zstack = createVolumeSnapshotsClient({ baseUrl: origin, middleware: [signZStack] });
  const project = { project_id: IDS.huaweiProjectId };

  const huaweiCreate = async () =>
    expectData(await evs.createSnapshot({ ...project, snapshot: { volume_id: IDS.huaweiVolumeId } }));

  return {
    async ncloudVpcCreate(): Promise<string> {
      const text = expectData(
        await vserver.createBlockStorageSnapshotInstance(
          { originalBlockStorageInstanceNo: IDS.blockStorageInstanceNo, responseFormatType: "json" },
          { headers: { Accept: "application/json" } },
        ),
      );
      const json = JSON.parse(text) as {
        createBlockStorageSnapshotInstanceResponse: {
          blockStorageSnapshotInstanceList: { blockStorageSnapshotInstanceNo: string }[];
        };
      };
      return String(
        json.createBlockStorageSnapshotInstanceResponse.blockStorageSnapshotInstanceList[0]
          ?.blockStorageSnapshotInstanceNo,
      );
    },

    async huaweiEvsCreate(): Promise<string> {
      return String((await huaweiCreate()).snapshot_id);
    },

    async zstackCreate(): Promise<string> {
      const accepted = expectData(
        await zstack.createVolumeSnapshot({
          volumeUuid: IDS.zstackVolumeUuid,
          params: { name: IDS.zstackSnapshotName },
          "X-Job-UUID": newJobUuid(),
        }),
      ) as { location: string };
      const jobUuid = new URL(accepted.location).pathname.split("/").pop() ?? "";
      const done = expectData(await zstack.getApiJob({ jobUuid })) as { inventory?: { uuid?: string } };
      return String(done.inventory?.uuid);
    },

    async ncloudNasCreateXml(): Promise<string> {
      return expectData(
        await classicNas.createNasVolumeSnapshot(
          { nasVolumeInstanceNo: IDS.nasVolumeInstanceNo },
          { headers: { Accept: "application/xml" } },
        ),
      );
    },

    async huaweiEvsCreateAndWait(): Promise<string> {
      const created = await huaweiCreate();
      const job = expectData(await evs.showJob({ ...project, job_id: String(created.job_id) }));
      if (job.status !== "SUCCESS") throw new Error(`openapi-fetch: job ${job.status}`);
      const { snapshot } = expectData(
        await evs.showSnapshot({ ...project, snapshot_id: created.snapshot_id }),
      );
      if (snapshot.status !== "available") throw new Error(`openapi-fetch: snapshot ${snapshot.status}`);
      return `${snapshot.id}:${snapshot.status}`;
    },
  };
}
