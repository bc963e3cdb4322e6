/** Header carrying the signing time (providers.md §6.5). */
export const HEADER_DATE = "Date";
/** Header carrying `ZStack {AccessKeyId}:{Signature}`. */
export const HEADER_AUTHORIZATION = "Authorization";
/** Authorization scheme word for AccessKey auth (RestServer's HEADER_ACCESSKEY). */
export const AUTH_SCHEME = "ZStack";
/** The signed URI starts here: everything before it is the servlet context path (e.g. `/zstack`). */
export const API_VERSION_PREFIX = "/v1/";
/** The server's Date pattern (java.time, English, case-insensitive); documentation only. */
export const DATE_PATTERN = "EEE, dd MMM yyyy HH:mm:ss z";
/** English day names for `EEE`, indexed by `Date#getUTCDay()`. */
export const DAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
/** English month names for `MMM`, indexed from January = 0. */
export const MONTH_NAMES = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;
/** Zone text for offset zero; `GMT±hh:mm` otherwise. */
export const GMT = "GMT";
/** Name used in error messages. */
export const SCHEME_NAME = "ZStack";
