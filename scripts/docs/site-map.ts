import { type ApiSource, PROVIDERS } from "../generate/config";

/** A hand-written page: an HTML fragment in `docs/pages/` rendered into the shared layout. */
export interface GuidePage {
  /** Fragment path under `docs/pages/`, which is also the output path under `site/`. */
  readonly path: string;
  /** Label in the site header. */
  readonly nav: string;
}

/** One Redoc page per spec, at `specs/<provider>/<api>.html`, with the YAML copied beside it. */
export interface SpecPage {
  readonly provider: string;
  readonly api: ApiSource;
  /** Output path of the Redoc page under `site/`. */
  readonly path: string;
  /** Output path of the copied YAML under `site/`. */
  readonly yamlPath: string;
}

/** The hand-written pages, in header order. */
export const GUIDE_PAGES: readonly GuidePage[] = [
  { path: "index.html", nav: "Overview" },
  { path: "getting-started/ncloud.html", nav: "NAVER Cloud" },
  { path: "getting-started/huaweicloud.html", nav: "Huawei Cloud" },
  { path: "getting-started/zstack.html", nav: "ZStack" },
  { path: "one-call.html", nav: "One call for every cloud" },
  { path: "cli.html", nav: "CLI" },
  { path: "errors-and-retries.html", nav: "Errors & retries" },
];

/** Where TypeDoc writes the facade's API reference, and its entry page. */
export const API_REFERENCE_DIR = "api";
export const API_REFERENCE_INDEX = `${API_REFERENCE_DIR}/index.html`;

/** Every spec the generator knows, so a new spec gets its page without touching this file. */
export function specPages(): SpecPage[] {
  return Object.entries(PROVIDERS).flatMap(([provider, apis]) =>
    apis.map((api) => ({
      provider,
      api,
      path: `specs/${provider}/${api.name}.html`,
      yamlPath: `specs/${provider}/${api.name}.yaml`,
    })),
  );
}
