// ZStack: snapshot a volume with an account session, following the async job to its result.
//
//   npx tsx zstack-create-snapshot.ts <volumeUuid> [snapshot name]
//
// Credentials: ZSTACK_ACCOUNT_NAME and ZSTACK_ACCOUNT_PASSWORD (a session, logged out at the end),
// or ZSTACK_ACCESS_KEY_ID and ZSTACK_ACCESS_KEY_SECRET (AccessKey signing, no session).
// Management node: ZSTACK_HOST and ZSTACK_PORT (default 8080), unless CLOUDSNAP_EXAMPLE_ENDPOINT_ZSTACK
// names an origin.
import {
  createZStackClient,
  isCloudsnapError,
  isCredentialsError,
  isHttpError,
  isTimeoutError,
  isValidationError,
} from "cloudsnap";

async function main(): Promise<void> {
  const [volumeUuid, name = `backup-${new Date().toISOString().slice(0, 10)}`] = process.argv.slice(2);
  if (!volumeUuid) {
    console.error("usage: zstack-create-snapshot.ts <volumeUuid> [snapshot name]");
    process.exitCode = 2;
    return;
  }
  const zstack = createZStackClient({ endpoint: process.env.CLOUDSNAP_EXAMPLE_ENDPOINT_ZSTACK });
  try {
    // ZStack answers 202 with a job; the client polls it and resolves with the finished snapshot.
    const { inventory } = await zstack.volumeSnapshots.createVolumeSnapshot(
      { volumeUuid, params: { name, description: "taken by the cloudsnap example" } },
      { deadlineMs: 10 * 60_000 },
    );
    const size =
      inventory.size === undefined ? "size unknown" : `${(inventory.size / 2 ** 30).toFixed(1)} GiB`;
    console.log(
      `ZStack volume ${volumeUuid}: snapshot ${inventory.uuid} (${inventory.name}) is ${inventory.status}, ${size}`,
    );
  } finally {
    await zstack.close(); // logs the session out
  }
}

main().catch((error: unknown) => {
  process.exitCode = 1;
  if (isValidationError(error)) console.error(`Not sent, the input is invalid: ${error.message}`);
  else if (isCredentialsError(error)) console.error(`No ZStack credentials: ${error.message}`);
  else if (isTimeoutError(error))
    console.error(`Gave up waiting; the job goes on in ZStack: ${error.message}`);
  else if (isHttpError(error))
    console.error(
      `ZStack refused ${error.operation}: HTTP ${error.status} ${error.code ?? ""} ${error.providerMessage ?? ""}`,
    );
  else if (isCloudsnapError(error)) console.error(`${error.name}: ${error.message}`);
  else throw error;
});
