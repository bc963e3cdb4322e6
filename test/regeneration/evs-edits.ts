import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isMap, isSeq, parseDocument, type YAMLMap } from "yaml";

/** The spec every step edits, as a maintainer would after Huawei Cloud changed the EVS API. */
export const EVS_SPEC = "specs/huaweicloud/evs.yaml";

/** Edits the spec in place through the YAML document model, so comments and layout survive. */
async function editSpec(root: string, edit: (doc: ReturnType<typeof parseDocument>) => void): Promise<void> {
  const file = join(root, EVS_SPEC);
  const doc = parseDocument(await readFile(file, "utf8"));
  edit(doc);
  await writeFile(file, doc.toString({ lineWidth: 0 }));
}

/** The path item holding `operationId`, found by id so layout changes elsewhere do not matter. */
function pathOf(doc: ReturnType<typeof parseDocument>, operationId: string): string {
  const paths = doc.get("paths");
  if (!isMap(paths)) throw new Error("spec has no paths");
  for (const pair of (paths as YAMLMap<unknown, unknown>).items) {
    const item = pair.value;
    if (!isMap(item)) continue;
    for (const op of item.items) {
      if (isMap(op.value) && op.value.get("operationId") === operationId) return String(pair.key);
    }
  }
  throw new Error(`no operation ${operationId} in ${EVS_SPEC}`);
}

/** NON-breaking: an optional filter on `listSnapshots` and a new `deleteSnapshot` operation. */
export function addOptionalFilterAndDeleteOperation(root: string): Promise<void> {
  return editSpec(root, (doc) => {
    const list = pathOf(doc, "listSnapshots");
    const params = doc.getIn(["paths", list, "get", "parameters"]);
    if (!isSeq(params)) throw new Error("listSnapshots has no parameter list");
    params.add(
      doc.createNode({
        name: "instant_access",
        in: "query",
        required: false,
        description: "Only snapshots with Instant Snapshot Restore on (`true`) or off (`false`).",
        schema: { type: "boolean" },
      }),
    );
    doc.setIn(
      ["paths", pathOf(doc, "showSnapshot"), "delete"],
      doc.createNode({
        operationId: "deleteSnapshot",
        summary: "Delete a standard snapshot",
        description: "Starts an asynchronous task that deletes one standard snapshot.",
        tags: ["Snapshots"],
        security: [{ akskSignature: [], sdkDate: [] }, { authToken: [] }],
        responses: {
          "202": {
            description: "Accepted. The snapshot is being deleted.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: { job_id: { type: "string", description: "Id of the task." } },
                },
                examples: { accepted: { value: { job_id: "ee62a0c1e79c4e11be5adc17a49f69ef" } } },
              },
            },
          },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      }),
    );
  });
}

/** BREAKING: `snapshot.name` becomes required and `snapshot.description` is cut from 85 to 64 characters. */
export function requireNameAndShortenDescription(root: string): Promise<void> {
  return editSpec(root, (doc) => {
    const snapshot = ["components", "schemas", "CreateStandardSnapshot"];
    const required = doc.getIn([...snapshot, "required"]);
    if (!isSeq(required)) throw new Error("CreateStandardSnapshot has no required list");
    required.add("name");
    doc.setIn([...snapshot, "properties", "description", "maxLength"], 64);
  });
}
