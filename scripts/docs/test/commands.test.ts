import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../generate/paths";

const read = (path: string) => readFileSync(join(REPO_ROOT, path), "utf8");
const scriptsOf = (path: string) => (JSON.parse(read(path)) as { scripts: Record<string, string> }).scripts;

/** The docs a contributor or user reads, and the code that prints commands. */
const WRITTEN = ["README.md", "CONTRIBUTING.md", ".changeset", ".ci", "docs", "scripts", "test", "examples"];
const SKIP = new Set(["node_modules", "dist", "artifacts", "site"]);
const TEXT = /\.(md|ts|mjs|cjs|json|html|yaml|sh)$|(^|\/)run$/;

function filesUnder(path: string): string[] {
  const full = join(REPO_ROOT, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .filter((name) => !SKIP.has(name))
    .flatMap((name) => filesUnder(relative(REPO_ROOT, join(full, name))));
}

describe("the docs site command", () => {
  it("is `pnpm docs:build`: pnpm's built-in `docs` command would swallow a script named docs", () => {
    expect(scriptsOf("package.json")["docs:build"]).toBe("TURBO_TELEMETRY_DISABLED=1 turbo run docs:build");
    expect(scriptsOf("package.json")).not.toHaveProperty("docs");
    expect(scriptsOf("scripts/package.json")["docs:build"]).toBe("tsx docs/build.ts");
    expect(scriptsOf("scripts/package.json")).not.toHaveProperty("docs");
    const turbo = JSON.parse(read("turbo.json")) as { tasks: Record<string, { dependsOn?: string[] }> };
    expect(Object.keys(turbo.tasks)).toContain("docs:build");
    expect(Object.keys(turbo.tasks)).not.toContain("docs");
    expect(turbo.tasks["test:docs"]?.dependsOn).toContain("^docs:build");
  });

  it("is never written the old way anywhere a reader looks", () => {
    const self = relative(REPO_ROOT, new URL(import.meta.url).pathname);
    const stale = WRITTEN.flatMap(filesUnder)
      .filter((file) => TEXT.test(file) && file !== self)
      .flatMap((file) =>
        read(file)
          .split("\n")
          .map((line, i) => ({ file, line: i + 1, text: line }))
          .filter(({ text }) => /pnpm (run )?docs(?![\w:-])|turbo run docs(?![\w:-])/.test(text)),
      )
      .map(({ file, line, text }) => `${file}:${line}: ${text.trim()}`);
    expect(stale).toEqual([]);
  });
});

describe("the README's commands", () => {
  const commands = read("README.md")
    .split("\n")
    .filter((line) => line.includes("pnpm install --frozen-lockfile"));

  it("are the two documented ones, the test command last", () => {
    expect(commands).toHaveLength(2);
    expect(commands[0]).toMatch(/&& pnpm demo$/);
    expect(commands[1]).toMatch(/&& pnpm test:all$/);
  });

  it("are what .ci/run runs, byte for byte", () => {
    const run = read(".ci/run").trimEnd().split("\n");
    expect(run.at(-1)).toBe(commands[1]);
  });

  it("do not pretend to be CI: pnpm is told not to prompt instead", () => {
    for (const command of commands) expect(command).not.toMatch(/\bCI=/);
    expect(read("pnpm-workspace.yaml")).toMatch(/^confirmModulesPurge: false$/m);
  });
});
