import type { Fault } from "../fault";
import { BODY_FAULTS } from "./bodies";
import { JOB_FAULTS } from "./jobs";
import { STATUS_FAULTS } from "./status";
import { TRANSPORT_FAULTS } from "./transport";

/** Every fault every create and every waiter gets, in matrix order. */
export const COMMON_FAULTS: readonly Fault[] = [...TRANSPORT_FAULTS, ...STATUS_FAULTS, ...BODY_FAULTS];

export { JOB_FAULTS };
