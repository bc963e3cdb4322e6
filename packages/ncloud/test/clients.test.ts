import { describe, expect, it } from "vitest";
import { createClassicNasClient, createVserverClient } from "../src/index";

function capture() {
  const sent: Request[] = [];
  const fetch = async (request: Request) => {
    sent.push(request);
    return new Response("<ok/>", { status: 200, headers: { "content-type": "application/xml" } });
  };
  return { sent, fetch };
}

describe("NAVER Cloud generated clients", () => {
  it("POSTs NAS parameters as a form body to the origin it was given", async () => {
    const { sent, fetch } = capture();
    const nas = createClassicNasClient({ baseUrl: "https://gateway.test", fetch });
    const { data } = await nas.createNasVolumeSnapshot({ nasVolumeInstanceNo: "00001234" });
    expect(data).toBe("<ok/>");
    expect(sent[0]?.url).toBe("https://gateway.test/server/v2/createNasVolumeSnapshot");
    expect(sent[0]?.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(await sent[0]?.text()).toBe("nasVolumeInstanceNo=00001234");
  });

  it("serializes x-ncp-indexed lists as name.1, name.2 in forms and queries", async () => {
    const { sent, fetch } = capture();
    const nas = createClassicNasClient({ baseUrl: "https://gateway.test", fetch });
    await nas.getNasVolumeInstanceList({ nasVolumeInstanceNoList: ["1", "2"] });
    await nas.getNasVolumeInstanceListViaGet({ nasVolumeInstanceNoList: ["3", "4"] });
    expect(await sent[0]?.text()).toBe("nasVolumeInstanceNoList.1=1&nasVolumeInstanceNoList.2=2");
    expect(new URL(sent[1]?.url ?? "").search).toBe(
      "?nasVolumeInstanceNoList.1=3&nasVolumeInstanceNoList.2=4",
    );
  });

  it("runs the middleware it was given (auth lives there, not here)", async () => {
    const { sent, fetch } = capture();
    const vserver = createVserverClient({
      baseUrl: "https://gateway.test",
      fetch,
      middleware: [
        {
          onRequest: ({ request }) => {
            request.headers.set("x-test", "1");
            return request;
          },
        },
      ],
    });
    await vserver.getBlockStorageSnapshotInstanceDetail({ blockStorageSnapshotInstanceNo: "9" });
    expect(sent[0]?.headers.get("x-test")).toBe("1");
    expect(sent[0]?.headers.has("x-ncp-apigw-signature-v2")).toBe(false);
  });
});
