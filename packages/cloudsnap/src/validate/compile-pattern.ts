const COMPILED = new Map<string, RegExp>();

/**
 * Compiles a spec `pattern` once and caches it. JSON Schema patterns are ECMAScript regular
 * expressions evaluated with Unicode semantics, so the `u` flag is used; a pattern only valid
 * without it (an escape `u` rejects) still works. Patterns are not anchored implicitly.
 * @see https://json-schema.org/draft/2020-12/json-schema-core#section-6.4
 */
export function compilePattern(pattern: string): RegExp {
  let compiled = COMPILED.get(pattern);
  if (compiled === undefined) {
    compiled = compileOnce(pattern);
    COMPILED.set(pattern, compiled);
  }
  return compiled;
}

function compileOnce(pattern: string): RegExp {
  try {
    return new RegExp(pattern, "u");
  } catch {
    // Throws a SyntaxError naming the pattern when it is not a regular expression at all: a spec bug.
    return new RegExp(pattern);
  }
}
