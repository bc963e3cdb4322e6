// The generated metadata alone (operations, shapes, servers): plain data, no openapi-fetch. The
// cloudsnap facade reads this entry, so its bundles never carry the generated clients.
import * as volumeSnapshots from "./generated/volume-snapshots/metadata";

export { volumeSnapshots };
