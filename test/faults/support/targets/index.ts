import type { Target } from "../target";
import { EVS } from "./evs";
import { NAS } from "./nas";
import { SEARCH_ENGINE } from "./search-engine";
import { VSERVER } from "./vserver";
import { ZSTACK } from "./zstack";

/** The five creates under test, in matrix order. */
export const TARGETS: readonly Target[] = [NAS, VSERVER, SEARCH_ENGINE, EVS, ZSTACK];

export { EVS, NAS, SEARCH_ENGINE, VSERVER, ZSTACK };
