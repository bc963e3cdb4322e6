import { join } from "node:path";
import { consumerEnv } from "../../../scripts/packaging/child-env";
import { TIMEOUTS_MS } from "../../../scripts/packaging/constants";
import { describeFailure, runCommand, succeeded } from "../../../scripts/packaging/run-command";
import type { RuntimeSpec } from "../../../scripts/packaging/runtimes";

/**
 * Dummy credentials, set only in the consumer's environment: the clients must find them there.
 * Prism checks that auth headers are present, not what they hold.
 */
export const DUMMY_CREDENTIALS = {
  NCLOUD_ACCESS_KEY_ID: "PKGTESTNCLOUDKEY0001",
  NCLOUD_SECRET_ACCESS_KEY: "pkg-test-ncloud-secret-d41d8cd98f00",
  HUAWEICLOUD_SDK_AK: "PKGTESTHUAWEIAK00001",
  HUAWEICLOUD_SDK_SK: "pkg-test-huawei-secret-0cc175b9c0f1",
  HUAWEICLOUD_SDK_PROJECT_ID: "0123456789abcdef0123456789abcdef",
  ZSTACK_ACCOUNT_NAME: "admin",
  ZSTACK_ACCOUNT_PASSWORD: "pkg-test-zstack-password-92eb5ffee6ae",
} as const;

/** Values that must never show up in a consumer's output, and are masked in failure reports. */
export const SECRETS: readonly string[] = [
  DUMMY_CREDENTIALS.NCLOUD_SECRET_ACCESS_KEY,
  DUMMY_CREDENTIALS.HUAWEICLOUD_SDK_SK,
  DUMMY_CREDENTIALS.ZSTACK_ACCOUNT_PASSWORD,
];

/** What the consumer script reports on success (see fixture/flow.cjs). */
export interface ConsumerReport {
  readonly runtime: { readonly name: string; readonly version: string };
  readonly format: "esm" | "cjs";
  readonly [step: string]: unknown;
}

/** A finished consumer run: its report, and all it printed (to check for leaked secrets). */
export interface ConsumerRun {
  readonly report: ConsumerReport;
  readonly output: string;
  readonly durationMs: number;
}

const RESULT_LINE = /^CLOUDSNAP_RESULT (.+)$/m;

/**
 * Runs `esm.mjs` or `cjs.cjs` of the scratch project on one runtime. Throws a readable, redacted
 * report (runtime, format, failed step, the child's stderr) unless the script exits 0 with a result.
 */
export async function runConsumer(
  runtime: RuntimeSpec,
  bin: string,
  scratchDir: string,
  format: "esm" | "cjs",
  mockUrls: Readonly<Record<string, string>>,
): Promise<ConsumerRun> {
  const script = format === "esm" ? "esm.mjs" : "cjs.cjs";
  const env = consumerEnv({
    ...DUMMY_CREDENTIALS,
    CLOUDSNAP_PACKAGING_MOCKS: JSON.stringify(mockUrls),
    // An empty home: no credentials file or runtime config of this machine is found.
    HOME: join(scratchDir, "home"),
    USERPROFILE: join(scratchDir, "home"),
    DENO_NO_UPDATE_CHECK: "1",
    DENO_NO_PROMPT: "1",
    DO_NOT_TRACK: "1",
  });
  const result = await runCommand(bin, runtime.scriptArgs(script), {
    cwd: scratchDir,
    env,
    timeoutMs: TIMEOUTS_MS.consumerRun,
  });
  const step = `${runtime.label} ${runtime.version}, ${format === "esm" ? "ESM import" : "CommonJS require"} (${script})`;
  const failedStep = /^CLOUDSNAP_FAILED_STEP (.+)$/m.exec(result.stderr)?.[1];
  const line = RESULT_LINE.exec(result.stdout)?.[1];
  if (!succeeded(result) || line === undefined) {
    const where = failedStep ? ` at step "${failedStep}"` : line === undefined ? " (no result line)" : "";
    throw new Error(describeFailure(`${step} failed${where}`, result, SECRETS));
  }
  return {
    report: JSON.parse(line) as ConsumerReport,
    output: result.stdout + result.stderr,
    durationMs: result.durationMs,
  };
}
