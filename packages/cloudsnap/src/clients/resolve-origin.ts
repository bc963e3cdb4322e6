import { ValidationError } from "../errors";

/** Checks an `endpoint` override is an origin (scheme, host, optional port) and normalises it. */
export function resolveOrigin(value: string, setting: string): string {
  const fail = (cause?: unknown) =>
    new ValidationError(`${setting} must be an http(s) origin such as https://host:port, with no path`, {
      operation: "createClient",
      path: setting,
      rule: "origin",
      ...(cause === undefined ? {} : { cause }),
    });
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw fail(cause);
  }
  const extras = url.pathname.replace(/\/$/, "") || url.search || url.hash || url.username || url.password;
  // A query, fragment or credentials in an origin would be dropped silently: refuse them instead.
  if ((url.protocol !== "https:" && url.protocol !== "http:") || extras || /[?#]/.test(value)) throw fail();
  return url.origin;
}
