export { INPUT_PATH, listViolations } from "./list-violations";
export { validateParams } from "./validate-params";
export type { Violation } from "./violation";
