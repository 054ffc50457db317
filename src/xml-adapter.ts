import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { CallbackError, MalformedXml } from './errors';
import { MAX_DEPTH, type PlainData } from './plain';
import { left, right, type Result } from './result';
import { EntityError, xmlEntities } from './xml-entities';
import { buildHooks, buildPlain, type Built } from './xml-plain';
import { PLACEHOLDER, reduce, type Reduced } from './xml-reduce';
import { NOT_XML_CHAR } from './xml-syntax';

/**
 * Names fast-xml-parser refuses or renames (it guards its own objects). They are legal XML, so they are
 * escaped with `#`, which no XML name can hold, and restored by the builder (src/xml-plain.ts).
 */
const GUARDED_NAMES = new Set([
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

const TEXT = '#text';

/** Every option pinned: the parser's defaults guess types and trim text, which would alter values. */
const parser = new XMLParser({
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
  textNodeName: TEXT,
  processEntities: true,
  htmlEntities: false,
  entityDecoder: xmlEntities,
  maxNestedTags: MAX_DEPTH,
  jPath: false, // callbacks get the path matcher, not a path string built for every node (none of ours reads it)
  transformTagName: (name) => (GUARDED_NAMES.has(name) ? `#${name}` : name),
  ...buildHooks, // the parser keeps no tree: plain data is built as it reads (src/xml-plain.ts)
});

function positionOf(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

function malformed(text: string, index: number, message: string): MalformedXml {
  return { _tag: 'MalformedXml', message, ...positionOf(text, index) };
}

/** Finds a `<!` that opens neither a comment nor a CDATA section: a DOCTYPE, ENTITY or other declaration. */
function findDeclaration(text: string): number {
  for (let i = text.indexOf('<!'); i !== -1; i = text.indexOf('<!', i + 2)) {
    if (text.startsWith('<!--', i)) {
      i = text.indexOf('-->', i + 4);
      if (i === -1) return -1; // unterminated: the validator reports it
    } else if (text.startsWith('<![CDATA[', i)) {
      i = text.indexOf(']]>', i + 9);
      if (i === -1) return -1;
    } else return i;
  }
  return -1;
}

/** Where non-markup text follows the root element (fast-xml-parser drops it silently), or -1. */
function findTrailingText(text: string): number {
  let end = text.length;
  for (;;) {
    while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
    if (text.endsWith('-->', end)) end = text.lastIndexOf('<!--', end - 3);
    else if (text.endsWith('?>', end)) end = text.lastIndexOf('<?', end - 2);
    else return text.charAt(end - 1) === '>' ? -1 : end - 1;
    if (end < 0) return 0;
  }
}

type Parsed = Result<MalformedXml, Built>;

/** Decodes one lifted run as the parser would have: line ends normalized, then references. */
const decodeRun = (raw: string): string =>
  xmlEntities.decode(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);

/**
 * Parses the reduced document, splicing the lifted runs back (decoded) as their placeholders are met, or
 * `undefined` to parse the original instead: the original's error may come earlier in the document, and the
 * parser on the original reports the first one, a bad reference in a lifted run included.
 */
function parseReduced({ doc, lifted }: Reduced): Parsed | undefined {
  const resolve =
    lifted.length === 0
      ? undefined
      : (text: string): string =>
          text.charCodeAt(0) === PLACEHOLDER ? decodeRun(lifted[Number(text.slice(1))] as string) : text;
  try {
    return right(buildPlain(() => parser.parse(doc), resolve));
  } catch {
    return undefined;
  }
}

/** The parser on the whole document, as the plain path runs it. */
function parseDocument(text: string): Parsed {
  try {
    return right(buildPlain(() => parser.parse(text)));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof EntityError) return left({ _tag: 'MalformedXml', message });
    return left({
      _tag: 'MalformedXml',
      message: /nested/i.test(message) ? `elements nest deeper than ${MAX_DEPTH} levels` : message,
    });
  }
}

/**
 * The XML adapter: checks that a text is one well-formed XML document with a `<Response>` root, without a
 * DOCTYPE, and returns the root's content as plain data.
 * @internal
 */
export function parseXml(text: string): Result<CallbackError, PlainData> {
  return parseXmlWith(text, reduce);
}

/**
 * The adapter without its fast path: the validator, then the parser on the whole document. The property tests
 * check that {@link parseXml} answers exactly what this answers.
 * @internal
 */
export function parseXmlPlain(text: string): Result<CallbackError, PlainData> {
  return parseXmlWith(text, () => undefined);
}

function parseXmlWith(
  text: string,
  fastPath: (text: string, strip: boolean) => Reduced | undefined,
): Result<CallbackError, PlainData> {
  const forbidden = NOT_XML_CHAR.exec(text);
  if (forbidden !== null) {
    const code = (forbidden[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return left(malformed(text, forbidden.index, `character U+${code} is not allowed in XML`));
  }
  const declaration = findDeclaration(text);
  if (declaration !== -1) {
    return left(
      malformed(
        text,
        declaration,
        'DOCTYPE and ENTITY declarations are refused (entities are never expanded)',
      ),
    );
  }
  const reduced = fastPath(text, true);
  if (reduced === undefined) {
    const validation = XMLValidator.validate(text);
    if (validation !== true) {
      const { msg, line, col } = validation.err;
      return left({ _tag: 'MalformedXml', message: msg, line, column: col });
    }
  }
  const trailing = findTrailingText(text);
  if (trailing !== -1) return left(malformed(text, trailing, 'text after the root element'));
  const parsed = (reduced === undefined ? undefined : parseReduced(reduced)) ?? parseDocument(text);
  if (parsed._tag === 'Left') return parsed;
  const { roots, root } = parsed.right;
  const [rootName, second] = roots;
  if (rootName === undefined) return left({ _tag: 'MalformedXml', message: 'no root element' });
  if (second !== undefined)
    return left({ _tag: 'MalformedXml', message: `more than one root element (<${second}>)` });
  if (rootName !== 'Response') {
    return left({
      _tag: 'InvalidCallback',
      issues: [
        { path: '', expected: 'a <Response> root element', actual: `<${rootName.replace(/^#/, '')}>` },
      ],
    });
  }
  return right(root as PlainData);
}
