import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { generateFiles } from "../generate";

const HERE = dirname(fileURLToPath(import.meta.url));
const SCRATCH_PARENT = join(HERE, "..", "..");
const scratchDirs: string[] = [];

type SpecTree = {
  paths: Record<
    string,
    { get: { parameters: unknown[]; responses: Record<string, { content: Record<string, unknown> }> } }
  >;
};
interface GeneratedWidgets {
  createOperations(client: unknown): {
    createWidget(params: Record<string, unknown>): Promise<{ data?: unknown }>;
  };
}

async function generateInto(specText: string): Promise<{ dir: string; files: Map<string, string> }> {
  // Inside the scripts package, so `openapi-fetch` resolves for the type check.
  const dir = await mkdtemp(join(SCRATCH_PARENT, ".generate-fixture-"));
  scratchDirs.push(dir);
  await writeFile(join(dir, "widgets.yaml"), specText);
  const files = await generateFiles([{ name: "widgets", spec: "widgets.yaml" }], dir);
  for (const [relative, content] of files) {
    await mkdir(dirname(join(dir, "generated", relative)), { recursive: true });
    await writeFile(join(dir, "generated", relative), content);
  }
  return { dir, files };
}

function typeErrors(dir: string, consumer: string): string[] {
  const file = join(dir, "consumer.ts");
  const host = ts.createCompilerHost({});
  const original = host.readFile;
  host.readFile = (name) => (name === file ? consumer : original(name));
  const program = ts.createProgram(
    [file],
    {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.Preserve,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
      skipLibCheck: true,
    },
    host,
  );
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

afterAll(async () => {
  await Promise.all(scratchDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("generate", () => {
  it("adding an operation to a spec yields a new typed method with no hand-written code", async () => {
    const base = await readFile(join(HERE, "fixtures", "widgets.yaml"), "utf8");
    const before = await generateInto(base);
    expect(before.files.get("widgets/operations.ts")).not.toContain("createWidget");

    const spec = parse(base) as { paths: Record<string, unknown> };
    spec.paths["/v1/widgets"] = {
      post: {
        operationId: "createWidget",
        summary: "Create a widget",
        parameters: [{ name: "X-Request-Tag", in: "header", schema: { type: "string" } }],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["name"],
                properties: { name: { type: "string", maxLength: 8 } },
              },
            },
          },
        },
        responses: {
          "201": {
            description: "Created",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Widget" } } },
          },
        },
      },
    };
    const after = await generateInto(stringify(spec));
    const operations = after.files.get("widgets/operations.ts") ?? "";
    expect(operations).toContain("export function createWidget(");
    expect(after.files.get("widgets/metadata.ts")).toContain('"createWidget"');

    const consumer = `
      import createClient from "openapi-fetch";
      import { createOperations, type paths, type CreateWidgetResult } from "./generated/widgets/index";
      const ops = createOperations(createClient<paths>({ baseUrl: "https://widgets.example.test" }));
      export const ok = ops.createWidget({ name: "gear", "X-Request-Tag": "t" });
      // @ts-expect-error name is required by the spec
      export const missing = ops.createWidget({});
      // @ts-expect-error name must be a string
      export const wrong = ops.createWidget({ name: 42 });
      export const id: string | undefined = ({} as CreateWidgetResult).id;
    `;
    expect(typeErrors(after.dir, consumer)).toEqual([]);

    const generated = (await import(join(after.dir, "generated", "widgets", "index.ts"))) as GeneratedWidgets;
    let sent: Request | undefined;
    const client = (await import("openapi-fetch")).default({
      baseUrl: "https://widgets.example.test",
      fetch: async (request: Request) => {
        sent = request;
        return Response.json({ id: "007" }, { status: 201 });
      },
    });
    const result = await generated
      .createOperations(client)
      .createWidget({ name: "gear", "X-Request-Tag": "t" });
    expect(result.data).toEqual({ id: "007" });
    expect(sent?.method).toBe("POST");
    expect(new URL(sent?.url ?? "").pathname).toBe("/v1/widgets");
    expect(sent?.headers.get("x-request-tag")).toBe("t");
    expect(await sent?.json()).toEqual({ name: "gear" });
  });

  it("derives XML list wrapping and scalar types into the metadata", async () => {
    const { files } = await generateInto(await readFile(join(HERE, "fixtures", "widgets.yaml"), "utf8"));
    const metadata = files.get("widgets/metadata.ts") ?? "";
    expect(metadata).toContain('"decodeAs": "application/json"');
    expect(metadata).toMatch(/"xml": \{\s*"wrapped": true,\s*"itemName": "part"/);
    expect(metadata).toMatch(/"size": \{\s*"type": "integer"/);
  });

  it("refuses an XML response with no JSON sibling to decode by", async () => {
    const spec = parse(await readFile(join(HERE, "fixtures", "widgets.yaml"), "utf8")) as SpecTree;
    const widget = spec.paths["/v1/widgets/{widgetId}"];
    if (widget) delete widget.get.responses["200"]?.content["application/json"];
    await expect(generateInto(stringify(spec))).rejects.toThrow(/needs an application\/json sibling/);
  });

  it("refuses an auth header modelled as a parameter", async () => {
    const spec = parse(await readFile(join(HERE, "fixtures", "widgets.yaml"), "utf8")) as SpecTree;
    spec.paths["/v1/widgets/{widgetId}"]?.get.parameters.push({
      name: "Authorization",
      in: "header",
      schema: { type: "string" },
    });
    await expect(generateInto(stringify(spec))).rejects.toThrow(/must be a security scheme/);
  });
});
