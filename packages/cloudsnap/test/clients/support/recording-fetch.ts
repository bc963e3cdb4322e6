/** One request as the fake server saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Headers;
  readonly body: string;
}

/** Answers one request; `seen` already holds it as its last entry. */
export type Route = (request: SeenRequest, seen: readonly SeenRequest[]) => Response | Promise<Response>;

/** A `fetch` to pass into a client: records every request, then answers it with `route`. */
export function recordingFetch(route: Route) {
  const seen: SeenRequest[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const entry: SeenRequest = {
      method: request.method,
      url: new URL(request.url),
      headers: new Headers(request.headers),
      body: await request.text(),
    };
    seen.push(entry);
    return route(entry, seen);
  };
  return { fetch, seen };
}

/** A JSON answer with the given status and headers. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** Settles with the call's outcome, or "still pending" when it takes longer than `ms` (real timers). */
export function outcomeWithin(call: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise((resolve) => {
    timer = setTimeout(() => resolve("still pending"), ms);
  });
  return Promise.race([
    call.then(
      (value) => value,
      (error: unknown) => error,
    ),
    late,
  ]).finally(() => clearTimeout(timer));
}
