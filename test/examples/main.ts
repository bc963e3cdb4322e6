import { startMocks } from "../../scripts/prism/mock-servers";
import { allSpecs } from "../../scripts/prism/specs";
import { EXAMPLES, mockedSpecs } from "./catalog";
import { runExample } from "./run-example";

/** `pnpm examples`: runs every example in examples/ against Prism mocks of the specs and shows its output. */
async function main(): Promise<void> {
  console.log("Starting a Prism mock for each spec…");
  const mocks = await startMocks(mockedSpecs(allSpecs()));
  let failed = 0;
  try {
    for (const example of Object.values(EXAMPLES)) {
      const env = example.env(mocks.urls);
      const shown = Object.keys(env)
        .filter((k) => k.startsWith("CLOUDSNAP_EXAMPLE_"))
        .map((k) => `${k}=${env[k as keyof typeof env]}`);
      console.log(`\n$ ${[...shown, "tsx", `examples/${example.file}`, ...example.args].join(" ")}`);
      const result = await runExample(example.file, example.args, env);
      for (const line of result.stdout.split("\n").filter(Boolean)) console.log(`  ${line}`);
      for (const line of result.stderr.split("\n").filter(Boolean)) console.log(`  ! ${line}`);
      console.log(`  (exit ${result.code}, ${result.ms} ms)`);
      if (result.code !== 0) failed++;
    }
  } finally {
    await mocks.stop();
  }
  if (failed) {
    console.error(`\n${failed} example(s) failed.`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(String(error));
  process.exitCode = 1;
});
