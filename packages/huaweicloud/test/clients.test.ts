import { describe, expect, it } from "vitest";
import { createEvsClient, createIamClient } from "../src/index";

describe("Huawei Cloud generated clients", () => {
  it("sends the EVS create body as JSON under the project path", async () => {
    const sent: Request[] = [];
    const evs = createEvsClient({
      baseUrl: "https://evs.test",
      fetch: async (request) => {
        sent.push(request);
        return Response.json({ job_id: "j", snapshot_id: "s" }, { status: 202 });
      },
    });
    const { data } = await evs.createSnapshot({ project_id: "p1", snapshot: { volume_id: "v1", name: "n" } });
    expect(data).toEqual({ job_id: "j", snapshot_id: "s" });
    expect(sent[0]?.method).toBe("POST");
    expect(sent[0]?.url).toBe("https://evs.test/v5/p1/snapshots");
    expect(await sent[0]?.json()).toEqual({ snapshot: { volume_id: "v1", name: "n" } });
  });

  it("returns a failure as { error } with the provider's body", async () => {
    const evs = createEvsClient({
      baseUrl: "https://evs.test",
      fetch: async () => Response.json({ error: { code: "EVS.2409", message: "busy" } }, { status: 409 }),
    });
    const { data, error, response } = await evs.showSnapshot({ project_id: "p", snapshot_id: "s" });
    expect(data).toBeUndefined();
    expect(error).toEqual({ error: { code: "EVS.2409", message: "busy" } });
    expect(response.status).toBe(409);
  });

  it("passes the IAM nocatalog flag as a query parameter", async () => {
    const sent: Request[] = [];
    const iam = createIamClient({
      baseUrl: "https://iam.test",
      fetch: async (request) => {
        sent.push(request);
        return Response.json({}, { status: 201 });
      },
    });
    await iam.createToken({
      nocatalog: true,
      auth: {
        identity: {
          methods: ["password"],
          password: { user: { name: "u", password: "p", domain: { name: "d" } } },
        },
        scope: { project: { name: "cn-north-4" } },
      },
    });
    expect(new URL(sent[0]?.url ?? "").search).toBe("?nocatalog=true");
  });
});
