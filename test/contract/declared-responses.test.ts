// The responses issue 11 added to the specs, checked where they are declared. Each of their examples
// is also served by Prism and decoded in the `<spec>.test.ts` files (one test per declared example)
// and becomes a typed error through the facade in `facade-<provider>.test.ts`.
import { describe, expect, it } from "vitest";
import { APIS } from "./support/apis";
import { isNode, SpecDocument } from "./support/spec-document";

const gatewayCode = (value: unknown) =>
  isNode(value) && isNode(value.error) ? String(value.error.errorCode) : undefined;

describe.each(["ncloud/classic-nas", "ncloud/vserver"])("%s: the API Gateway's 403 and 413", (key) => {
  const doc = new SpecDocument(key);
  const operations = Object.values(APIS.find((a) => a.key === key)?.operations ?? {});

  it("has operations to check", () => expect(operations.length).toBeGreaterThan(0));

  it.each(operations.map((op) => [op.operationId, op.method] as const))(
    "%s (%s) declares 403 with a code-230 example, and 413 with a code-430 example when it sends a body",
    (operationId, method) => {
      const examples = doc.responseExamples(operationId);
      const codes = (status: string) =>
        examples.filter((e) => e.status === status).map((e) => gatewayCode(e.value));
      expect(codes("403")).toEqual(["230"]);
      expect(codes("413")).toEqual(method === "POST" ? ["430"] : []);
    },
  );
});

describe("huaweicloud/evs: one error body on every error status", () => {
  const doc = new SpecDocument("huaweicloud/evs");
  const operations = Object.values(APIS.find((a) => a.key === "huaweicloud/evs")?.operations ?? {});
  const errorBody = doc.deref(
    (doc.root.components as { schemas: unknown } & Record<string, unknown>).schemas,
  );

  it("ErrorBody is anyOf EVS's error, the gateway's error and an OpenStack-style fault", () => {
    expect(doc.deref(errorBody.ErrorBody).anyOf).toEqual([
      { $ref: "#/components/schemas/ServiceError" },
      { $ref: "#/components/schemas/GatewayError" },
      { $ref: "#/components/schemas/OpenStackFault" },
    ]);
  });

  it.each(operations.map((op) => op.operationId))("%s uses ErrorBody on every 4xx and 5xx", (operationId) => {
    const { op } = doc.operation(operationId);
    const errors = Object.entries(op.responses as Record<string, unknown>).filter(([status]) =>
      /^[45]/.test(status),
    );
    expect(errors.length).toBeGreaterThan(0);
    for (const [, response] of errors) {
      const content = doc.deref(response).content as Record<string, unknown>;
      expect(doc.deref(content["application/json"]).schema).toEqual({
        $ref: "#/components/schemas/ErrorBody",
      });
    }
  });

  it("has examples of all three shapes among the error examples", () => {
    const values = operations.flatMap((op) =>
      doc
        .responseExamples(op.operationId)
        .filter((e) => /^[45]/.test(e.status))
        .map((e) => e.value),
    );
    const shapeOf = (value: unknown) =>
      isNode(value) && isNode(value.error)
        ? "evs"
        : isNode(value) && typeof value.error_code === "string"
          ? "gateway"
          : isNode(value) && Object.keys(value).length === 1
            ? "openstack"
            : "other";
    expect(new Set(values.map(shapeOf))).toEqual(new Set(["evs", "gateway", "openstack"]));
  });
});

describe("zstack/volume-snapshots: createVolumeSnapshot's documented 200 beside the real 202", () => {
  const doc = new SpecDocument("zstack/volume-snapshots");
  const op = APIS.find((a) => a.key === "zstack/volume-snapshots")?.operations.createVolumeSnapshot;

  it("declares both, the 200 decoding like getApiJob's 200", () => {
    expect(Object.keys(op?.responses ?? {})).toEqual(expect.arrayContaining(["200", "202"]));
    const job = APIS.find((a) => a.key === "zstack/volume-snapshots")?.operations.getApiJob;
    expect(op?.responses["200"]?.content["application/json"]?.schema).toEqual(
      job?.responses["200"]?.content["application/json"]?.schema,
    );
  });

  it("has an inventory example for the 200 and a location example for the 202", () => {
    const examples = doc.responseExamples("createVolumeSnapshot");
    const ok = examples.filter((e) => e.status === "200").map((e) => e.value);
    const accepted = examples.filter((e) => e.status === "202").map((e) => e.value);
    expect(ok).toEqual([
      expect.objectContaining({ inventory: expect.objectContaining({ status: "Ready" }) }),
    ]);
    expect(accepted.length).toBeGreaterThan(0);
    for (const value of accepted) expect(value).toHaveProperty("location");
  });
});
