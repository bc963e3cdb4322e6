import type { Authorizer } from "./authorizer";
import type { RawResponse, SendContext } from "./raw-response";
import { sendRequest } from "./send-request";

/**
 * Buffers the request body once, authorizes a fresh copy for each attempt and sends it. When the
 * provider rejects an expired token or session, the authorizer renews it and the request goes out
 * once more; when it rejects a skewed signing clock, the signer learns the provider's clock and the
 * request is re-signed and sent once more. Both rejections prove nothing ran, so this is safe even
 * for a create.
 */
export async function sendWithAuth(
  fetchImpl: (request: Request) => Promise<Response>,
  request: Request,
  authorizer: Authorizer,
  context: Omit<SendContext, "secrets">,
): Promise<RawResponse> {
  const body = request.body ? await request.arrayBuffer() : undefined;
  const attempt = async () => {
    // The caller's signal rides on the request so an authorizer's own calls (a login) honour it too.
    const fresh = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      body,
      ...(context.signal ? { signal: context.signal } : {}),
    });
    const signed = await authorizer.authorize(fresh);
    return sendRequest(fetchImpl, signed, { ...context, secrets: authorizer.secrets() });
  };
  const first = await attempt();
  if (authorizer.refreshIfExpired && (await authorizer.refreshIfExpired(first))) return attempt();
  if (authorizer.correctClockSkew?.(first)) return attempt();
  return first;
}
