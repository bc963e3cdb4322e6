import { fileURLToPath } from "node:url";

/**
 * The repository root (the bench reads specs and test vectors from it, never writes there). Only for
 * code run from source: the per-call runner and server are compiled elsewhere and get it as an argument.
 */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
