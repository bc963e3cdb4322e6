import { existsSync } from "node:fs";
import { lstat, readdir, readFile, realpath } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolEnv } from "../../scripts/packaging/child-env";
import { TIMEOUTS_MS } from "../../scripts/packaging/constants";
import { describeFailure, runCommand, succeeded } from "../../scripts/packaging/run-command";
import { RUNTIMES } from "../../scripts/packaging/runtimes";
import { typecheckConsumer } from "../../scripts/packaging/typecheck-consumer";
import { runConsumer, SECRETS } from "./support/consumer-run";
import { expectedReport } from "./support/expected-report";
import { Harness, REPO_ROOT } from "./support/harness";
import { type Manifest, mapTargets, STANDARD_CONDITIONS } from "./support/manifest";

const harness = new Harness();
beforeAll(() => harness.prepare());
afterAll(() => harness.close());

const manifestOf = async (name: string): Promise<Manifest> =>
  JSON.parse(
    await readFile(join(harness.scratch?.dir ?? "", "node_modules", name, "package.json"), "utf8"),
  ) as Manifest;

describe("the published packages", () => {
  it("include every public package of the workspace", async () => {
    const publicNames: string[] = [];
    for (const dir of await readdir(join(REPO_ROOT, "packages"))) {
      const file = join(REPO_ROOT, "packages", dir, "package.json");
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(await readFile(file, "utf8")) as Manifest;
      if (!manifest.private) publicNames.push(manifest.name);
    }
    expect(harness.packed.map((p) => p.name).sort()).toEqual(publicNames.sort());
  });

  it("ship only dist/, the README, the manifest and a license (cloudsnap: the CLI events schema), with every entry point present", async () => {
    for (const pkg of harness.packed) {
      const stray = pkg.files.filter(
        (f) =>
          !f.startsWith("dist/") &&
          !["package.json", "README.md", "LICENSE"].includes(f) &&
          !(pkg.name === "cloudsnap" && f === "schema/cli-events.schema.json"),
      );
      expect(stray, pkg.name).toEqual([]);
      expect(pkg.files, pkg.name).toContain("README.md");
      expect(
        pkg.files.filter((f) => /\.test\.|\.ts$/.test(f) && !/\.d\.c?ts$/.test(f)),
        pkg.name,
      ).toEqual([]);
      const manifest = await manifestOf(pkg.name);
      const targets = [
        manifest.main,
        manifest.module,
        manifest.types,
        ...mapTargets(manifest.exports).map((t) => t.target),
      ];
      for (const target of targets) {
        expect(target, pkg.name).toBeDefined();
        const file = (target ?? "").replace(/^\.\//, "");
        expect(pkg.files.includes(file) || file === "package.json", `${pkg.name}: ${target}`).toBe(true);
      }
    }
  });

  it("have publishable manifests: ESM-first, side-effect free, licensed, no workspace protocol", async () => {
    for (const pkg of harness.packed) {
      const manifest = await manifestOf(pkg.name);
      expect(manifest, pkg.name).toMatchObject({
        type: "module",
        sideEffects: false,
        license: "Apache-2.0",
        engines: { node: expect.stringMatching(/^>=20/) },
        repository: { type: "git", directory: expect.stringMatching(/^packages\//) },
      });
      // pnpm applies and removes overrides (imports, exports…); only publishing settings may remain.
      const publishKeys = Object.keys((manifest.publishConfig ?? {}) as object);
      expect(
        publishKeys.filter((k) => !["access", "registry", "tag", "provenance"].includes(k)),
        pkg.name,
      ).toEqual([]);
      for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
        expect(range, `${pkg.name} → ${dep}`).not.toMatch(/^(workspace|file|link):/);
      }
      for (const { key } of mapTargets(manifest.exports)) expect(key, pkg.name).not.toContain("*");
    }
  });

  it("resolve cloudsnap's #crypto from dist only, with no workspace-only condition", async () => {
    const manifest = await manifestOf("cloudsnap");
    const files = harness.packed.find((p) => p.name === "cloudsnap")?.files ?? [];
    const targets = mapTargets(manifest.imports);
    expect(targets.map((t) => t.key)).toContain("#crypto");
    for (const { conditions, target } of targets) {
      expect(
        conditions.filter((c) => !STANDARD_CONDITIONS.has(c)),
        target,
      ).toEqual([]);
      expect(files, target).toContain(target.replace(/^\.\//, ""));
    }
    // Types for both module systems, so a consumer's TypeScript never falls back to source.
    expect(targets.filter((t) => t.conditions.includes("types")).map((t) => t.target)).toEqual(
      expect.arrayContaining(["./dist/crypto/web.d.ts", "./dist/crypto/web.d.cts"]),
    );
  });

  it("are installed from the tarballs into the scratch project, not linked to the workspace", async () => {
    const dir = harness.scratch?.dir ?? "";
    expect(relative(REPO_ROOT, dir).startsWith("..")).toBe(true);
    for (const pkg of harness.packed) {
      const installed = join(dir, "node_modules", pkg.name);
      expect((await lstat(installed)).isSymbolicLink(), pkg.name).toBe(false);
      expect(relative(await realpath(dir), await realpath(installed)).startsWith(".."), pkg.name).toBe(false);
      expect((await manifestOf(pkg.name)).version).toBe(pkg.version);
    }
    // The facade's own dependencies on the provider packages are the same (hoisted) tarballs.
    expect(existsSync(join(dir, "node_modules", "cloudsnap", "node_modules", "@cloudsnap"))).toBe(false);
  });
});

describe("the cloudsnap command from the installed tarball", () => {
  const npx = (...args: string[]) =>
    runCommand("npx", ["--no", "--", "cloudsnap", ...args], {
      cwd: harness.scratch?.dir ?? "",
      env: toolEnv(),
      timeoutMs: TIMEOUTS_MS.consumerRun,
    });

  it("runs as npx cloudsnap: --version and targets", async () => {
    const version = await npx("--version");
    if (!succeeded(version)) throw new Error(describeFailure("npx cloudsnap --version", version));
    expect(version.stdout.trim()).toBe(harness.packed.find((p) => p.name === "cloudsnap")?.version);
    const targets = await npx("targets", "--json");
    if (!succeeded(targets)) throw new Error(describeFailure("npx cloudsnap targets", targets));
    const kinds = targets.stdout
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { api: string }).api);
    expect(kinds).toEqual(["ncloud-nas", "ncloud-vpc", "ncloud-ses", "huaweicloud-evs", "zstack"]);
  });

  it("keeps the library's entries and chunks free of CLI code", async () => {
    const dist = join(harness.scratch?.dir ?? "", "node_modules", "cloudsnap", "dist");
    const files = (await readdir(dist, { recursive: true })).map(String).filter((f) => /\.(c|m)?js$/.test(f));
    expect(files).toContain("cli.js");
    const offenders: string[] = [];
    for (const file of files.filter((f) => f !== "cli.js")) {
      const text = await readFile(join(dist, file), "utf8");
      for (const needle of ["@clack/", "cli.js", "parseArgs"])
        if (text.includes(needle)) offenders.push(`${file}: ${needle}`);
    }
    expect(offenders).toEqual([]);
    const manifest = await manifestOf("cloudsnap");
    expect((manifest as { bin?: unknown }).bin).toEqual({ cloudsnap: "./dist/cli.js" });
  });
});

// Concurrent: every check is its own child process, and the runs mostly wait on the mocks.
describe.concurrent("a consumer project with the tarballs installed", () => {
  it("typecheck for a consumer: node16 ESM and CJS, strict, library checks on, README examples", async (ctx) => {
    const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
    const { result, readmeExamples } = await harness.timed("typecheck", () =>
      typecheckConsumer(
        harness.scratch?.dir ?? "",
        tsc,
        harness.packed.map((p) => p.name),
      ),
    );
    if (!succeeded(result)) throw new Error(describeFailure("consumer typecheck", result));
    ctx.expect(readmeExamples).toBeGreaterThanOrEqual(harness.packed.length);
  });
  for (const runtime of RUNTIMES) {
    for (const format of ["esm", "cjs"] as const) {
      it(`creates and waits on every provider: ${runtime.label} ${runtime.version}, ${format === "esm" ? "ESM import" : "CommonJS require"}`, async (ctx) => {
        const install = harness.installs.get(runtime.id);
        if (!install?.ok) {
          const reason = `${runtime.label} ${runtime.version} unavailable: ${install?.reason ?? "not installed"}`;
          if (runtime.required) throw new Error(reason);
          console.warn(`SKIPPED ${reason}`);
          ctx.skip(reason);
          return;
        }
        const run = await harness.timed(`run ${runtime.id} ${format}`, () =>
          runConsumer(runtime, install.bin, harness.scratch?.dir ?? "", format, harness.mocks?.urls ?? {}),
        );
        ctx.expect(run.report).toMatchObject(expectedReport(runtime, format));
        for (const secret of SECRETS)
          ctx.expect(run.output.includes(secret), "a secret was printed").toBe(false);
      });
    }
  }
});
