import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { toolEnv } from "./child-env";
import { TIMEOUTS_MS } from "./constants";
import { type CommandResult, runCommand } from "./run-command";

/**
 * Names the README examples use without defining them (the caller's own signer, token and session),
 * declared so the examples compile as written.
 */
const README_PRELUDE = `declare const token: string;
declare const sessionUuid: string;
declare function signYourself(request: Request): Promise<Request>;
`;

/**
 * The strictest ordinary consumer: \`node16\` resolution (so \`.mjs\` files get the packages' ESM
 * types and \`.cjs\` files their CommonJS types), strict, library files checked too
 * (\`skipLibCheck: false\`), and no \`@types/node\`, so the packages' declarations must stand on
 * the web platform types alone.
 */
const TSCONFIG = {
  compilerOptions: {
    module: "node16",
    moduleResolution: "node16",
    target: "es2022",
    lib: ["es2022", "dom", "dom.iterable"],
    types: [],
    strict: true,
    noUncheckedIndexedAccess: true,
    allowJs: true,
    checkJs: true,
    skipLibCheck: false,
    noEmit: true,
  },
  include: ["*.mjs", "*.cjs", "steps/*.cjs", "readme/*.mts"],
};

/**
 * Typechecks the consumer scripts and every \`\`\`ts example of the installed packages' READMEs
 * against the installed packages, with the workspace's TypeScript (`tsc` is a tool here: module
 * resolution starts from the scratch project's files, so it sees only its node_modules).
 */
export async function typecheckConsumer(
  dir: string,
  tscPath: string,
  packageNames: readonly string[],
): Promise<{ result: CommandResult; readmeExamples: number }> {
  await writeFile(join(dir, "tsconfig.json"), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  await mkdir(join(dir, "readme"), { recursive: true });
  let readmeExamples = 0;
  for (const name of packageNames) {
    const readme = await readFile(join(dir, "node_modules", name, "README.md"), "utf8");
    for (const [index, example] of extractTsBlocks(readme).entries()) {
      const file = `${name.replace(/^@/, "").replace("/", "-")}-${index + 1}.mts`;
      await writeFile(join(dir, "readme", file), `${README_PRELUDE}${example}\nexport {};\n`);
      readmeExamples++;
    }
  }
  const result = await runCommand(process.execPath, [tscPath, "-p", "tsconfig.json", "--pretty", "false"], {
    cwd: dir,
    env: toolEnv(),
    timeoutMs: TIMEOUTS_MS.typecheck,
  });
  return { result, readmeExamples };
}

/** The bodies of the \`\`\`ts fenced blocks of a Markdown text. */
export function extractTsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```(?:ts|typescript)\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? "");
}
