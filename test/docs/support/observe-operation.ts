// Runs inside the Redoc page (passed to page.evaluate), so it may use only browser globals and what
// is declared inside it: no imports, no helpers from the surrounding module.

/** What to look at for one operation: its route and, per panel, the media types and example labels. */
export interface ObservationPlan {
  readonly route: string;
  readonly request: readonly MediaPlan[];
  readonly responses: ReadonlyArray<{ readonly status: string; readonly media: readonly MediaPlan[] }>;
}

export interface MediaPlan {
  readonly mediaType: string;
  readonly labels: readonly string[];
}

/** What the page showed for one media type of one panel. */
export interface MediaObservation {
  readonly mediaType: string;
  /** Whether a media-type picker was there (Redoc shows one only for several media types). */
  readonly picker: boolean;
  /** False when the picker did not offer this media type. */
  readonly selectable: boolean;
  /** The example dropdown's items, or null when there was none (a lone example gets no label). */
  readonly offered: string[] | null;
  /** The rendered sample after picking each offered label (or the lone sample, labelled as planned). */
  readonly samples: Array<{ label: string; text: string | null }>;
}

export interface OperationObservation {
  readonly headings: string[];
  readonly request: MediaObservation[] | null;
  readonly responses: Array<{ status: string; tab: boolean; media: MediaObservation[] }>;
}

/**
 * Opens the operation's route, then for the request panel and each response tab picks every media
 * type and every example in turn and reads back what is rendered (fully expanded). Driving the DOM
 * from inside the page takes one round trip per operation instead of hundreds.
 */
export async function observeOperation(plan: ObservationPlan): Promise<OperationObservation> {
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const until = async <T>(probe: () => T | null | undefined | false, what: string): Promise<T> => {
    const end = performance.now() + 10_000;
    for (;;) {
      const value = probe();
      if (value) return value;
      if (performance.now() > end) throw new Error(`${plan.route}: timed out waiting for ${what}`);
      await tick();
    }
  };
  const text = (element: Element | null | undefined) => (element?.textContent ?? "").trim();
  const openMenu = () =>
    [...document.querySelectorAll<HTMLElement>('[role="menu"]')].find((menu) => menu.checkVisibility());
  const menuItems = (menu: HTMLElement) => [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const close = async (button: HTMLElement) => {
    if (button.getAttribute("aria-expanded") === "true") button.click();
    await until(() => !openMenu(), "the menu to close");
  };
  const offeredBy = async (button: HTMLElement) => {
    if (button.getAttribute("aria-expanded") !== "true") button.click();
    const labels = menuItems(await until(openMenu, "a menu")).map(text);
    await close(button);
    return labels;
  };
  const choose = async (button: () => HTMLElement | null, label: string) => {
    const current = button();
    if (!current) return false;
    if (text(current) === label) return true;
    current.click();
    const item = menuItems(await until(openMenu, "a menu")).find((candidate) => text(candidate) === label);
    if (!item) {
      await close(current);
      return false;
    }
    item.click();
    await until(() => text(button()) === label, `"${label}" to be selected`);
    return true;
  };
  const sample = async (panel: Element) => {
    const expand = panel.querySelector<HTMLElement>('[data-testid="expand-all"][aria-label="Expand all"]');
    if (expand) {
      expand.click();
      await tick();
    }
    // Long string samples (XML, text) are cut after a few lines behind "Show more".
    const more = [...panel.querySelectorAll<HTMLElement>("button")].find((b) => text(b) === "Show more");
    if (more) {
      more.click();
      await until(
        () => ![...panel.querySelectorAll("button")].some((b) => text(b) === "Show more"),
        "the full sample",
      );
    }
    // textContent, not innerText: Redoc lazily skips rendering off-screen sections (content-visibility),
    // and innerText of skipped content is empty.
    const read = () => panel.querySelector('[data-testid="source-code"]')?.textContent ?? null;
    // React may render the chosen example (and its "Show more") a little after the picker's label
    // changed: read once the sample has stayed the same for 80 ms with nothing left to expand. On a
    // loaded machine a read in between saw a cut or earlier sample.
    let last = read();
    let since = performance.now();
    await until(() => {
      const now = read();
      const folded = [...panel.querySelectorAll<HTMLElement>("button")].find((b) => text(b) === "Show more");
      if (folded) folded.click();
      if (folded || now !== last) since = performance.now();
      last = now;
      return performance.now() - since >= 80;
    }, "the sample to settle");
    return last;
  };
  const observe = async (panel: Element, pickerLabel: string, media: readonly MediaPlan[]) => {
    const out: MediaObservation[] = [];
    for (const { mediaType, labels } of media) {
      const picker = () => panel.querySelector<HTMLElement>(`button[aria-label="${pickerLabel}"]`);
      const hasPicker = picker() !== null;
      if (hasPicker && !(await choose(picker, mediaType))) {
        out.push({ mediaType, picker: true, selectable: false, offered: null, samples: [] });
        continue;
      }
      const exampleButton = () => panel.querySelector<HTMLElement>('button[aria-label="Example"]');
      const button = exampleButton();
      const offered = button ? await offeredBy(button) : null;
      const samples: MediaObservation["samples"] = [];
      if (offered) {
        for (const label of labels) {
          if (offered.includes(label) && (await choose(exampleButton, label))) {
            samples.push({ label, text: await sample(panel) });
          }
        }
      } else if (labels[0] !== undefined) {
        samples.push({ label: labels[0], text: await sample(panel) });
      }
      out.push({ mediaType, picker: hasPicker, selectable: true, offered, samples });
    }
    return out;
  };

  location.hash = `#/${plan.route}`;
  const container = await until(() => document.getElementById(plan.route), "the operation to render");
  const headings = [...container.querySelectorAll("h1, h2")].map(text);
  const requestPanel = container.querySelector(".panel-request-samples");
  const request =
    plan.request.length === 0
      ? []
      : requestPanel
        ? await observe(requestPanel, "Request media type", plan.request)
        : null;
  const responsePanel = container.querySelector(".panel-response-samples");
  const responses: OperationObservation["responses"] = [];
  for (const { status, media } of plan.responses) {
    const tab = responsePanel
      ? [...responsePanel.querySelectorAll<HTMLElement>("button[type=button]")].find(
          (b) => text(b) === status,
        )
      : undefined;
    if (!responsePanel || !tab) {
      responses.push({ status, tab: false, media: [] });
      continue;
    }
    tab.click();
    await tick();
    responses.push({ status, tab: true, media: await observe(responsePanel, "Response media type", media) });
  }
  return { headings, request, responses };
}
