// The generated EVS operations as facade methods: shared by the client file (evs.ts) and the waiter
// it loads lazily (evs-waiter.ts).

import type { evs } from "@cloudsnap/huaweicloud";
import type { FacadeMethods } from "../../core/facade";

/** The generated EVS operations as facade methods. */
export type EvsMethods = FacadeMethods<evs.Operations, evs.operations, "project_id", "keep">;
