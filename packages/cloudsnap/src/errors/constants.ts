/** Node's `util.inspect.custom`, looked up by its registered name so no Node module is loaded. */
export const INSPECT_CUSTOM = Symbol.for("nodejs.util.inspect.custom");

/** Longest provider message kept on an error, in characters. */
export const MAX_PROVIDER_MESSAGE = 1000;

/** Longest provider message shown in an error's one-line message, in characters. */
export const MAX_MESSAGE_EXCERPT = 300;

/** Longest text body kept on an `HttpError`, in characters. */
export const MAX_TEXT_BODY = 4096;

/** Longest body excerpt on a `DecodeError`, in characters. */
export const MAX_DECODE_EXCERPT = 200;

/**
 * Brand on every cloudsnap error, registered so it survives realms and duplicate package copies.
 * Guards check it next to `name`, because DOMException also uses `TimeoutError` and `NetworkError`.
 */
export const CLOUDSNAP_ERROR = Symbol.for("cloudsnap.error");
