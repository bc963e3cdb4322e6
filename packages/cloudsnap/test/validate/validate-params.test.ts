import type { OperationMetadata, Shape } from "@cloudsnap/ncloud";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors";
import { isValidationError } from "../../src/core/guards";
import { INPUT_PATH, listViolations, validateParams } from "../../src/core/validate";
import { APIS, operationOf } from "./support/apis";

const EVS_CREATE = operationOf("evs", "createSnapshot");
const NAS_CREATE = operationOf("classicNas", "createNasVolumeSnapshot");

function thrownBy(run: () => void): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error("expected a ValidationError");
}

describe("validateParams", () => {
  it("returns nothing for valid input", () => {
    const params = { project_id: "p", snapshot: { volume_id: "v", name: "before-migration" } };
    expect(validateParams(EVS_CREATE, params, APIS.evs.shapes)).toBeUndefined();
  });

  it("throws a ValidationError naming the operation, the field and the limit", () => {
    const params = { project_id: "p", snapshot: { volume_id: "v", name: "n".repeat(65) } };
    const error = thrownBy(() => validateParams(EVS_CREATE, params, APIS.evs.shapes));
    expect(isValidationError(error)).toBe(true);
    expect(error.message).toBe("createSnapshot: snapshot.name must be at most 64 characters (maxLength)");
    expect(error.toJSON()).toMatchObject({
      operation: "createSnapshot",
      path: "snapshot.name",
      rule: "maxLength",
      expected: 64,
    });
  });

  it("states a byte limit in bytes", () => {
    const operation = operationOf("vserver", "createBlockStorageSnapshotInstance");
    const params = { originalBlockStorageInstanceNo: "1", blockStorageSnapshotDescription: "설".repeat(334) };
    expect(thrownBy(() => validateParams(operation, params, APIS.vserver.shapes)).message).toBe(
      "createBlockStorageSnapshotInstance: blockStorageSnapshotDescription must be at most 1000 bytes (maxBytes)",
    );
  });

  it("throws the first of several violations, the one listViolations puts first", () => {
    const params = { project_id: "", snapshot: { name: "autobk_snapshot_1", description: "d".repeat(90) } };
    const all = listViolations(EVS_CREATE, params, APIS.evs.shapes);
    expect(all).toEqual([
      { path: "project_id", rule: "minLength", expected: 1 },
      { path: "snapshot.description", rule: "maxLength", expected: 85 },
      { path: "snapshot.name", rule: "pattern", expected: "^(?!autobk_snapshot_)" },
      { path: "snapshot.volume_id", rule: "required" },
    ]);
    expect(thrownBy(() => validateParams(EVS_CREATE, params, APIS.evs.shapes)).path).toBe("project_id");
  });

  it("reports a misspelt name before the required field it explains", () => {
    expect(listViolations(NAS_CREATE, { nasVolumeInstanceNO: "1" }, APIS.classicNas.shapes)).toEqual([
      {
        path: "nasVolumeInstanceNO",
        rule: "unknownField",
        expected: "a known field; did you mean nasVolumeInstanceNo?",
      },
      { path: "nasVolumeInstanceNo", rule: "required" },
    ]);
  });

  it("lists the known fields when no name is close", () => {
    const error = thrownBy(() =>
      validateParams(NAS_CREATE, { nasVolumeInstanceNo: "1", volume: "x" }, APIS.classicNas.shapes),
    );
    expect(error.expected).toBe("a known field: one of nasVolumeInstanceNo, responseFormatType");
    expect(error.message).toContain("volume");
    expect(error.message).toContain("nasVolumeInstanceNo, responseFormatType");
  });

  it.each([
    { name: "a string", given: "nasVolumeInstanceNo=1" },
    { name: "null", given: null },
    { name: "an array", given: [] },
  ])("rejects $name in place of the parameters object", ({ given }) => {
    const error = thrownBy(() => validateParams(NAS_CREATE, given as never, APIS.classicNas.shapes));
    expect(error).toMatchObject({ path: INPUT_PATH, rule: "type", expected: "object" });
  });

  it.each([
    { name: "a password that breaks its pattern", field: "password", value: "hunter2-Secret!" },
    { name: "an account name of the wrong type", field: "accountName", value: 987654321 },
  ])("never puts the value in the error: $name", ({ field, value }) => {
    const operation = operationOf("volumeSnapshots", "logInByAccount");
    const params = { logInByAccount: { accountName: "admin", password: "a".repeat(128), [field]: value } };
    const error = thrownBy(() => validateParams(operation, params, APIS.volumeSnapshots.shapes));
    const printed = [error.message, error.stack ?? "", JSON.stringify(error), String(error.expected)].join(
      "\n",
    );
    expect(printed).not.toContain(String(value));
    expect(error.path).toBe(`logInByAccount.${field}`);
  });

  it("keeps a secret key sent in the same call out of every printed form of the error", () => {
    const operation = operationOf("searchEngine", "updateAPIAuthenticationKey");
    const secret = "S3cr3tKeyValue";
    const params = { apiRegion: "v2", serviceGroupInstanceNo: "1", accessKeyId: 7, secretKey: secret };
    const error = thrownBy(() => validateParams(operation, params, APIS.searchEngine.shapes));
    expect(error.path).toBe("accessKeyId");
    expect(JSON.stringify(error) + error.message + (error.stack ?? "")).not.toContain(secret);
  });
});

describe("listViolations on hand-made metadata", () => {
  const SHAPES: Record<string, Shape> = {
    Labels: {
      type: "object",
      properties: { owner: { type: "string" } },
      additionalProperties: { type: "string" },
    },
  };
  const LABELS: OperationMetadata = {
    operationId: "putLabels",
    method: "PUT",
    path: "/labels/{id}",
    parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
    requestBody: {
      mediaType: "application/json",
      required: true,
      schema: { ref: "Labels" },
      properties: ["owner"],
    },
    responses: {},
    security: [],
  };
  const NOTHING: OperationMetadata = {
    ...LABELS,
    operationId: "ping",
    parameters: [],
    requestBody: undefined,
  };

  it("takes other names as entries of a body that is a map", () => {
    expect(listViolations(LABELS, { id: "1", owner: "ops", env: "prod" }, SHAPES)).toEqual([]);
  });

  it("checks those entries against the map's value schema", () => {
    expect(listViolations(LABELS, { id: "1", env: 1 }, SHAPES)).toEqual([
      { path: "env", rule: "type", expected: "string" },
    ]);
  });

  it("says an operation without fields takes none", () => {
    expect(listViolations(NOTHING, { id: "1" }, SHAPES)).toEqual([
      { path: "id", rule: "unknownField", expected: "no fields: this operation takes none" },
    ]);
  });

  it("quotes an unknown name that is not an identifier", () => {
    expect(listViolations(NOTHING, { "a b": 1 }, SHAPES)[0]?.path).toBe('["a b"]');
  });
});
