/** Everything observable about a request, to prove a signer left its input untouched. */
export interface RequestSnapshot {
  method: string;
  url: string;
  headers: Array<[string, string]>;
  bodyUsed: boolean;
  body: string | null;
}

/** Captures a request's observable state without consuming its body. */
export async function snapshotRequest(request: Request): Promise<RequestSnapshot> {
  return {
    method: request.method,
    url: request.url,
    headers: [...request.headers.entries()],
    bodyUsed: request.bodyUsed,
    body: request.body === null ? null : await request.clone().text(),
  };
}
