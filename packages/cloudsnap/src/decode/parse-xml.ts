/**
 * Parses XML into a tree of plain objects whose leaves are all strings (numbers are NOT guessed: ids
 * keep their leading zeros; `coerce` types leaves from the schema). fast-xml-parser is loaded only here,
 * on the first XML body, so JSON-only callers never load it.
 */
export async function parseXml(text: string): Promise<unknown> {
  const { XMLParser, XMLValidator } = await import("fast-xml-parser");
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    throw new SyntaxError(
      `malformed XML at line ${verdict.err.line}, column ${verdict.err.col}: ${verdict.err.msg}`,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    parseTagValue: false,
    trimValues: true,
    processEntities: true,
  });
  try {
    return parser.parse(text) as unknown;
  } catch (error) {
    // The parser refuses some input (a DOCTYPE with external entities, element names it will not
    // turn into object keys) with a plain Error: to callers that is malformed XML like any other.
    throw new SyntaxError(`malformed XML: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
