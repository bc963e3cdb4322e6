import { readFileSync } from "node:fs";
import { classicNas, type OperationMetadata } from "@cloudsnap/ncloud";
import { describe, expect, it, vi } from "vitest";
import { BodyDecodeFailure, decodeBody } from "../../src/core/decode";

let xmlParserLoads = 0;
vi.mock("fast-xml-parser", async (importOriginal) => {
  xmlParserLoads++;
  return importOriginal();
});

const VECTORS = new URL("../../../../test/vectors/xml/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, VECTORS), "utf8");
const create: OperationMetadata = classicNas.OPERATIONS.createNasVolumeSnapshot;
const decode = (status: string, contentType: string | null, text: string) =>
  decodeBody({ text, contentType, content: create.responses[status]?.content, shapes: classicNas.SHAPES });

describe("decodeBody", () => {
  it("decodes JSON without ever loading fast-xml-parser", async () => {
    const json = JSON.stringify(JSON.parse(fixture("ncloud-create-nas-volume-snapshot.json")).value);
    await decode("200", "application/json;charset=UTF-8", json);
    expect(xmlParserLoads).toBe(0);
  });

  it("decodes the documented NAS XML sample to its recorded typed value", async () => {
    const want = JSON.parse(fixture("ncloud-create-nas-volume-snapshot.json")).value;
    expect(await decode("200", "application/xml", fixture("ncloud-create-nas-volume-snapshot.xml"))).toEqual(
      want,
    );
    expect(xmlParserLoads).toBe(1);
  });

  it("decodes the XML and JSON forms of the same answer to equal values", async () => {
    const want = JSON.parse(fixture("ncloud-create-nas-volume-snapshot.json")).value;
    const fromJson = await decode("200", "application/json", JSON.stringify(want));
    const fromXml = await decode("200", "application/xml", fixture("ncloud-create-nas-volume-snapshot.xml"));
    expect(fromXml).toEqual(fromJson);
  });

  it("decodes NCP's XML responseError like its JSON form", async () => {
    const want = JSON.parse(fixture("ncloud-response-error.json")).value;
    expect(await decode("401", "application/xml", fixture("ncloud-response-error.xml"))).toEqual(want);
  });

  it("keeps a one-snapshot XML list an array", async () => {
    const one = fixture("ncloud-create-nas-volume-snapshot.xml").replace(
      /<nasVolumeSnapshot>\s*<nasVolumeSnapshotName>now\.20240403\.164335[\s\S]*?<\/nasVolumeSnapshot>/,
      "",
    );
    const value = (await decode("200", "application/xml", one)) as {
      createNasVolumeSnapshotResponse: { nasVolumeSnapshotList: unknown[] };
    };
    expect(value.createNasVolumeSnapshotResponse.nasVolumeSnapshotList).toHaveLength(1);
  });

  it("keeps an empty XML list an empty array", async () => {
    const empty = fixture("ncloud-create-nas-volume-snapshot.xml").replace(
      /<nasVolumeSnapshotList>[\s\S]*<\/nasVolumeSnapshotList>/,
      "<nasVolumeSnapshotList></nasVolumeSnapshotList>",
    );
    const value = (await decode("200", "application/xml", empty)) as {
      createNasVolumeSnapshotResponse: { nasVolumeSnapshotList: unknown[] };
    };
    expect(value.createNasVolumeSnapshotResponse.nasVolumeSnapshotList).toEqual([]);
  });

  it("refuses a content type the spec does not offer for that status", async () => {
    await expect(decode("200", "text/html", "<html></html>")).rejects.toBeInstanceOf(BodyDecodeFailure);
  });

  it("rejects malformed JSON with a SyntaxError (turned into a DecodeError by the caller)", async () => {
    await expect(
      decode("200", "application/json", '{"createNasVolumeSnapshotResponse": {'),
    ).rejects.toBeInstanceOf(SyntaxError);
  });

  it("returns an undescribed status's body as parsed JSON or text", async () => {
    expect(await decode("502", "application/json", '{"a":1}')).toEqual({ a: 1 });
    expect(await decode("502", "text/html", "<h1>Bad Gateway</h1>")).toBe("<h1>Bad Gateway</h1>");
  });
});
