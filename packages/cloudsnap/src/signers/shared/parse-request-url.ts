import { SigningError } from "../../errors/index.js";

/** Parses the request URL and checks it is an absolute http(s) URL, the only kind the signers handle. */
export function parseRequestUrl(request: Pick<Request, "url">): URL {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch (cause) {
    throw new SigningError("cannot sign a request without an absolute URL", { cause });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new SigningError(`cannot sign a request with a ${url.protocol} URL; expected http: or https:`);
  }
  return url;
}
