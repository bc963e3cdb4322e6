import type { Authorizer, SignedAttempt } from "../../src/core/provider";
import { signedRequest, wireFromRequest } from "../../src/core/signing";

/**
 * Signs a `Request` with an authorizer the way the pipeline signs a wire request, and returns the
 * signed `Request` (for tests that look at an authorizer alone).
 */
export async function authorize(authorizer: Authorizer, request: Request): Promise<Request> {
  return (await authorizeWithAttempt(authorizer, request)).request;
}

/** The signed `Request` and the attempt the authorizer returned (its secrets and state). */
export async function authorizeWithAttempt(
  authorizer: Authorizer,
  request: Request,
): Promise<{ request: Request; attempt: SignedAttempt }> {
  const wire = await wireFromRequest(request);
  const attempt = await authorizer.sign(wire, request.signal);
  return { request: signedRequest(request, attempt.headers, wire.body), attempt };
}
