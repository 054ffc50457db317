import { XMLParser, type X2jOptions } from 'fast-xml-parser';
import { thrownMessage } from './error-size';
import type { CallbackError, MalformedXml } from './errors';
import { MAX_DEPTH, type PlainData } from './plain';
import { left, right, type Result } from './result';
import { MIXED_TEXT, ROOT } from './xml-conventions';
import { xmlEntities } from './xml-entities';
import { guardName, PlainBuilder } from './xml-plain';
import { PLACEHOLDER, scan, type ScanOptions } from './xml-scanner';
import { charAt, forbiddenCharAt } from './xml-syntax';

/**
 * Every option pinned: the parser's defaults guess types and trim text, which would alter values. Each parse gets
 * a parser of its own with these options and the callbacks of its builder (src/xml-plain.ts), so that the parser
 * keeps no tree and no state is shared between parses.
 */
const OPTIONS: X2jOptions = {
  preserveOrder: true,
  ignoreAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: false,
  cdataPropName: false,
  commentPropName: false,
  textNodeName: MIXED_TEXT,
  processEntities: true,
  htmlEntities: false,
  entityDecoder: xmlEntities,
  maxNestedTags: MAX_DEPTH,
  jPath: false, // callbacks get the path matcher, not a path string built for every node (none of ours reads it)
  transformTagName: guardName,
};

/** Line and column (in UTF-16 units) of `text[index]`; CRLF, CR and LF each end a line, as in XML. */
function positionOf(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d /* CR */ && text.charCodeAt(i + 1) === 0x0a) i++;
    if (code === 0x0a || code === 0x0d) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

function malformed(text: string, index: number, message: string): MalformedXml {
  return { _tag: 'MalformedXml', message, ...positionOf(text, index) };
}

/**
 * The XML adapter: checks that a text is one well-formed XML 1.0 document with a `<Response>` root, without a
 * DOCTYPE, and returns the root's content as plain data.
 * @internal
 */
export function parseXml(text: string): Result<CallbackError, PlainData> {
  return parseXmlWith(text, { strip: true, lift: true });
}

/**
 * The adapter without its fast path: the parser gets the whole root element, whitespace and long text included.
 * The property tests check that {@link parseXml} answers exactly what this answers.
 * @internal
 */
export function parseXmlPlain(text: string): Result<CallbackError, PlainData> {
  return parseXmlWith(text, { strip: false, lift: false });
}

function parseXmlWith(text: string, options: ScanOptions): Result<CallbackError, PlainData> {
  const forbidden = forbiddenCharAt(text);
  if (forbidden !== -1) {
    return left(malformed(text, forbidden, `character ${charAt(text, forbidden)} is not allowed in XML`));
  }
  const scanned = scan(text, options);
  if (scanned._tag === 'Left') return left(malformed(text, scanned.left.index, scanned.left.message));
  const { root, doc, lifted, names } = scanned.right;
  if (root !== ROOT) {
    return left({
      _tag: 'InvalidCallback',
      issues: [{ path: '', expected: `a <${ROOT}> root element`, actual: `<${root}>` }],
      omitted: 0,
    });
  }
  // The parser decodes each text node after normalizing line ends; a lifted run gets the same when it is met.
  const resolve =
    lifted.length === 0
      ? undefined
      : (run: string): string =>
          run.charCodeAt(0) === PLACEHOLDER ? decodeRun(lifted[Number(run.slice(1))] as string) : run;
  try {
    const builder = new PlainBuilder(resolve, names);
    // Object.assign, not a spread: fast-xml-parser copies the options it is given, and copies a spread of two
    // objects more than twice as slowly (3.6 µs against 1.6 µs a parser, measured on Node 20).
    new XMLParser(Object.assign({}, OPTIONS, builder.hooks)).parse(doc);
    return right(builder.finish() ?? '');
  } catch (e) {
    // Not expected: the scanner proved the document well-formed. Still an error value, never a throw.
    return left({ _tag: 'MalformedXml', message: thrownMessage(e) });
  }
}

/** Decodes one lifted run as the parser would have: line ends normalized, then references. */
const decodeRun = (raw: string): string =>
  xmlEntities.decode(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
