import { REPO_ROOT } from "../generate/paths";

/** Hand-written page sources, the layout and the code examples. */
export const DOCS_DIR = `${REPO_ROOT}/docs`;

/** Where `pnpm docs:build` writes the static site (gitignored). */
export const SITE_DIR = `${REPO_ROOT}/site`;

/** The TypeDoc configuration for the facade's API reference. */
export const TYPEDOC_CONFIG = `${REPO_ROOT}/scripts/docs/typedoc.json`;

/** The TypeScript project that type-checks every code example shown on the site. */
export const EXAMPLES_TSCONFIG = `${DOCS_DIR}/examples/tsconfig.json`;
