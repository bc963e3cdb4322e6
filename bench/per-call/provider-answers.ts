import { readFileSync } from "node:fs";
import { join } from "node:path";
import { specExample } from "./spec-examples";

/** Which signature a route expects. */
export type Scheme = "ncloud" | "huaweicloud" | "zstack";

/** A ready answer: status, headers and the exact body bytes. */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** What a route sees of the request it answers. */
export interface RouteRequest {
  readonly match: RegExpExecArray;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** One operation the loopback server answers like the provider. */
export interface Route {
  readonly name: string;
  readonly scheme: Scheme;
  readonly method: "GET" | "POST";
  readonly pattern: RegExp;
  readonly answer: (request: RouteRequest) => Answer;
}

const JSON_TYPE = "application/json;charset=UTF-8";

function json(status: number, value: unknown, extra: Record<string, string> = {}): Answer {
  return {
    status,
    headers: { "Content-Type": JSON_TYPE, ...extra },
    body: Buffer.from(JSON.stringify(value)),
  };
}

/** Huawei answers carry an `X-Request-Id` (the spec: normally always present). */
const HUAWEI_HEADERS = { "X-Request-Id": "7775eaa6b4bbe5934e565349bd27c298" };

const JOB_UUID = /^[0-9a-f]{32}$/;

/**
 * The routes of the one loopback server, each answering with the spec's own example (or, for the
 * Classic NAS XML, the provider sample stored as a test vector). Bodies are built once.
 */
export function createRoutes(repoRoot: string): Route[] {
  const vserverCreated = json(
    200,
    specExample(repoRoot, {
      spec: "ncloud/vserver.yaml",
      path: "/vserver/v2/createBlockStorageSnapshotInstance",
      method: "post",
      status: "200",
      media: "application/json",
      example: "providerDocSample",
    }),
  );
  const nasCreated: Answer = {
    status: 200,
    headers: { "Content-Type": "application/xml;charset=UTF-8" },
    body: readFileSync(join(repoRoot, "test/vectors/xml/ncloud-create-nas-volume-snapshot.xml")),
  };
  const evs = (path: string, method: "get" | "post", status: string, example: string) =>
    json(
      Number(status),
      specExample(repoRoot, {
        spec: "huaweicloud/evs.yaml",
        path,
        method,
        status,
        media: "application/json",
        example,
      }),
      HUAWEI_HEADERS,
    );
  const evsAccepted = evs("/v5/{project_id}/snapshots", "post", "202", "accepted");
  const evsJobDone = evs("/v1/{project_id}/jobs/{job_id}", "get", "200", "succeeded");
  const evsSnapshotAvailable = evs("/v5/{project_id}/snapshots/{snapshot_id}", "get", "200", "available");
  const zstackAccepted = specExample(repoRoot, {
    spec: "zstack/volume-snapshots.yaml",
    path: "/zstack/v1/volumes/{volumeUuid}/volume-snapshots",
    method: "post",
    status: "202",
    media: "application/json",
    example: "accepted",
  }) as { location: string; apiTimeout: number };
  const zstackJobDone = json(
    200,
    specExample(repoRoot, {
      spec: "zstack/volume-snapshots.yaml",
      path: "/zstack/v1/api-jobs/{jobUuid}",
      method: "get",
      status: "200",
      media: "application/json",
      example: "snapshotCreated",
    }),
  );
  const exampleJob = /\/api-jobs\/([0-9a-f]{32})$/.exec(zstackAccepted.location)?.[1] ?? "";

  return [
    {
      name: "ncloud vserver createBlockStorageSnapshotInstance",
      scheme: "ncloud",
      method: "POST",
      pattern: /^\/vserver\/v2\/createBlockStorageSnapshotInstance$/,
      answer: () => vserverCreated,
    },
    {
      name: "ncloud classicNas createNasVolumeSnapshot",
      scheme: "ncloud",
      method: "POST",
      pattern: /^\/server\/v2\/createNasVolumeSnapshot$/,
      answer: () => nasCreated,
    },
    {
      name: "huaweicloud evs createSnapshot",
      scheme: "huaweicloud",
      method: "POST",
      pattern: /^\/v5\/[^/]+\/snapshots$/,
      answer: () => evsAccepted,
    },
    {
      name: "huaweicloud evs showJob",
      scheme: "huaweicloud",
      method: "GET",
      pattern: /^\/v1\/[^/]+\/jobs\/[^/]+$/,
      answer: () => evsJobDone,
    },
    {
      name: "huaweicloud evs showSnapshot",
      scheme: "huaweicloud",
      method: "GET",
      pattern: /^\/v5\/[^/]+\/snapshots\/[^/]+$/,
      answer: () => evsSnapshotAvailable,
    },
    {
      name: "zstack createVolumeSnapshot",
      scheme: "zstack",
      method: "POST",
      pattern: /^\/zstack\/v1\/volumes\/[0-9a-f]{32}\/volume-snapshots$/,
      // The job is named by the client's X-Job-UUID when it sent one, as the management node does;
      // the location's origin is the node's own (here: the Host the request came to).
      answer: ({ headers }) => {
        const sent = headers["x-job-uuid"];
        const job = typeof sent === "string" && JOB_UUID.test(sent) ? sent : exampleJob;
        return json(202, {
          location: `http://${String(headers.host)}/zstack/v1/api-jobs/${job}`,
          apiTimeout: zstackAccepted.apiTimeout,
        });
      },
    },
    {
      name: "zstack getApiJob",
      scheme: "zstack",
      method: "GET",
      pattern: /^\/zstack\/v1\/api-jobs\/[0-9a-f]{32}$/,
      answer: () => zstackJobDone,
    },
  ];
}

/** What each provider answers to a request whose signature does not verify (the specs' examples). */
export function createRejections(repoRoot: string): Record<Scheme, Answer> {
  const text = (status: number, body: string): Answer => ({
    status,
    headers: { "Content-Type": "text/plain;charset=UTF-8" },
    body: Buffer.from(body),
  });
  return {
    ncloud: json(
      401,
      specExample(repoRoot, {
        spec: "ncloud/vserver.yaml",
        path: "/vserver/v2/createBlockStorageSnapshotInstance",
        method: "post",
        status: "401",
        media: "application/json",
        example: "authenticationFailed",
      }),
    ),
    huaweicloud: json(
      401,
      specExample(repoRoot, {
        spec: "huaweicloud/evs.yaml",
        path: "/v5/{project_id}/snapshots",
        method: "post",
        status: "401",
        media: "application/json",
        example: "signatureFailed",
      }),
      HUAWEI_HEADERS,
    ),
    zstack: text(
      403,
      String(
        specExample(repoRoot, {
          spec: "zstack/volume-snapshots.yaml",
          path: "/zstack/v1/volumes/{volumeUuid}/volume-snapshots",
          method: "post",
          status: "403",
          media: "text/plain",
          example: "wrongSignature",
        }),
      ),
    ),
  };
}
