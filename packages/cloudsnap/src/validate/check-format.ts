/** RFC 3339 `date-time`, e.g. `2024-04-03T07:43:47Z` or `2024-04-03T16:43:47.5+09:00`. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const FORMATS: Readonly<Record<string, (value: string) => boolean>> = {
  uri: isAbsoluteUri,
  "date-time": (value) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)),
  uuid: (value) => UUID.test(value),
};

/**
 * Whether `value` satisfies the string `format`. Only formats whose violation the server would reject
 * are asserted; any other format (`password`, …) is an annotation, as JSON Schema 2020-12 treats it.
 * @see https://json-schema.org/draft/2020-12/json-schema-validation#section-7.2.1
 */
export function matchesFormat(format: string, value: string): boolean {
  const check = Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
  return check === undefined || check(value);
}

function isAbsoluteUri(value: string): boolean {
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}
