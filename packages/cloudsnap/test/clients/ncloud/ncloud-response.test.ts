import { type OperationMetadata, vserver } from "@cloudsnap/ncloud";
import { describe, expect, it } from "vitest";
import { ncloudAccept, unwrapResponseRoot } from "../../../src/providers/ncloud/rules";

function operationWith(parameterNames: readonly string[]): OperationMetadata {
  return {
    operationId: "op",
    method: "GET",
    path: "/op",
    parameters: parameterNames.map((name) => ({
      name,
      in: "query",
      required: false,
      schema: { type: "string" },
    })),
    responses: {},
    security: [],
  };
}

describe("ncloudAccept", () => {
  const cases = [
    {
      name: "JSON for an operation without responseFormatType",
      given: { operation: operationWith(["serviceGroupInstanceNo"]), params: { responseFormatType: "xml" } },
      want: "application/json",
    },
    {
      name: "JSON when responseFormatType is json",
      given: { operation: operationWith(["responseFormatType"]), params: { responseFormatType: "json" } },
      want: "application/json",
    },
    {
      name: "XML when responseFormatType is xml",
      given: { operation: operationWith(["responseFormatType"]), params: { responseFormatType: "xml" } },
      want: "application/xml",
    },
    {
      name: "XML when responseFormatType is left out, as the gateway answers",
      given: { operation: operationWith(["regionCode", "responseFormatType"]), params: {} },
      want: "application/xml",
    },
  ];
  it.each(cases)("asks for $name", ({ given, want }) => {
    expect(ncloudAccept(given.operation, given.params)).toEqual({ Accept: want });
  });

  // Regression test: this case failed before the fix that made it pass.
  const formPost = vserver.OPERATIONS.createBlockStorageSnapshotInstance;
  const formCases = [
    { name: "XML for a form POST with responseFormatType xml", given: { responseFormatType: "xml" } },
    { name: "XML for a form POST without responseFormatType", given: {} },
  ];
  it.each(formCases)("asks for $name", ({ given }) => {
    expect(ncloudAccept(formPost, given)).toEqual({ Accept: "application/xml" });
  });
});

describe("unwrapResponseRoot", () => {
  const cases = [
    {
      name: "a single …Response root",
      given: { createNasVolumeSnapshotResponse: { totalRows: 1 } },
      want: { totalRows: 1 },
    },
    { name: "only one level", given: { outerResponse: { innerResponse: 1 } }, want: { innerResponse: 1 } },
    {
      name: "a single root with another name",
      given: { snapshot: { id: "s" } },
      want: { snapshot: { id: "s" } },
    },
    { name: "two roots", given: { aResponse: 1, bResponse: 2 }, want: { aResponse: 1, bResponse: 2 } },
    { name: "an empty object", given: {}, want: {} },
    { name: "an array", given: [{ aResponse: 1 }], want: [{ aResponse: 1 }] },
    { name: "null", given: null, want: null },
    { name: "a string", given: "text", want: "text" },
  ];
  it.each(cases)("handles $name", ({ given, want }) => {
    expect(unwrapResponseRoot(given)).toEqual(want);
  });
});
