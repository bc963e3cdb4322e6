/** Tags a release leaves behind: changesets tags the facade `cloudsnap@x.y.z`; `v*` covers a manual tag. */
export const RELEASE_TAG_PATTERNS = ["cloudsnap@*", "v[0-9]*"] as const;

/** The branch compared with when nothing has been released yet (also changesets' `baseBranch`). */
export const DEFAULT_BRANCH = "main";

/** Where specs live: `specs/<provider>/<api>.yaml`, one provider package per folder. */
export const SPECS_DIR = "specs";
export const SPEC_FILE = /^specs\/([^/]+)\/[^/]+\.ya?ml$/;

/** Provider folder `specs/<provider>` ↔ package folder `packages/<provider>`. */
export const PACKAGES_DIR = "packages";

/**
 * The facade's folder. Its client types are built from the provider packages' generated types
 * (`FacadeMethods<evs.Operations, …>`), so a breaking provider change is a breaking facade change too.
 */
export const FACADE_DIR = "cloudsnap";

/** Where pending changesets live. */
export const CHANGESET_DIR = ".changeset";

/** Exit codes: 0 nothing blocks a release, 1 a breaking change lacks a major changeset, 2 the check could not run. */
export const EXIT_OK = 0;
export const EXIT_UNCOVERED_BREAKING = 1;
export const EXIT_ERROR = 2;
