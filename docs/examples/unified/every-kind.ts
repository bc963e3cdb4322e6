import { createSnapshot, formatTarget, parseTarget, targetKinds } from "cloudsnap";

// One call, five APIs: `wait` resolves once the snapshot is usable.
const wait = { deadlineMs: 30 * 60_000 };
await createSnapshot("ncloud-nas:23420000", { wait }); // Classic NAS names the snapshot itself
await createSnapshot("ncloud-vpc:20803168?region=KR&type=INCREMENTAL", { name: "nightly", wait });
await createSnapshot("ncloud-ses:1037123?bucket=es-snapshots", { wait }); // written to the bucket
await createSnapshot("huaweicloud-evs:2c194dde-7de5-4529-a141-49f48181f411?region=cn-north-4", { wait });
await createSnapshot("zstack:e60a0fb0b75743c1b0fcb017e31db043", { description: "nightly", wait });

// Targets as objects, and back: the same checks apply.
const target = parseTarget("ncloud-ses:1037123?bucket=es-snapshots");
console.log(target.api === "ncloud-ses" ? target.bucket : "", formatTarget(target));
for (const kind of targetKinds()) console.log(kind.form, kind.example);
