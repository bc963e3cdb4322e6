// The generated metadata alone (operations, shapes, servers): plain data, no openapi-fetch. The
// cloudsnap facade reads this entry, so its bundles never carry the generated clients.
import * as classicNas from "./generated/classic-nas/metadata";
import * as searchEngine from "./generated/search-engine/metadata";
import * as vserver from "./generated/vserver/metadata";

export { classicNas, searchEngine, vserver };
