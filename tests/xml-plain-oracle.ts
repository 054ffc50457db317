import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';
/**
 * The test oracle for the XML adapter's fast path: the straightforward XML adapter as it was before the fast
 * path (validator pass, then the parser on the whole document), kept verbatim. The property tests in
 * xml-adapter.test.ts check that `parseXml` answers exactly what this does, for every input.
 */
import type { CallbackError, MalformedXml } from '../src/errors';
import { MAX_DEPTH, setNode, type PlainData } from '../src/plain';
import { left, right, type Result } from '../src/result';

/** Raised inside fast-xml-parser by the entity decoder and caught in {@link parseXml}. */
class EntityError extends Error {}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(?:#x([0-9A-Fa-f]{1,8})|#([0-9]{1,10})|([^\s&;]*));/g;

/** Is `code` a character XML 1.0 allows in a document? */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function decodeEntity(match: string, hex?: string, dec?: string, name?: string): string {
  if (name !== undefined) {
    const text = NAMED_ENTITIES[name];
    if (text === undefined)
      throw new EntityError(`undefined entity ${match} (only the five XML entities are known)`);
    return text;
  }
  const code = hex === undefined ? Number(dec) : parseInt(hex, 16);
  if (!isXmlChar(code)) throw new EntityError(`character reference ${match} is not an XML character`);
  return String.fromCodePoint(code);
}

/**
 * XML's own entities only: the five predefined ones and numeric character references. DOCTYPE-declared
 * entities never get here (a DOCTYPE is refused before parsing), and HTML names such as `&nbsp;` are errors,
 * as they are in XML.
 */
const xmlEntities: NonNullable<X2jOptions['entityDecoder']> = {
  decode: (text) => (text.includes('&') ? text.replace(ENTITY, decodeEntity) : text),
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
};

/**
 * Names fast-xml-parser refuses or renames (it guards its own objects). They are legal XML, so they are
 * escaped with `#`, which no XML name can hold, and restored in {@link toPlain}.
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
  transformTagName: (name) => (GUARDED_NAMES.has(name) ? `#${name}` : name),
});

/** One node of fast-xml-parser's ordered output: `{ name: children }`, or `{ '#text': text }`. */
type OrderedNode = Record<string, unknown>;

function nameOf(node: OrderedNode): string | undefined {
  for (const key in node) if (key !== ':@') return key;
  return undefined;
}

/** Builds plain data from ordered nodes: text leaves, arrays for repeated names, no whitespace between elements. */
function toPlain(nodes: readonly OrderedNode[]): PlainData {
  let text = '';
  let object: Record<string, PlainData> | undefined;
  for (const node of nodes) {
    const key = nameOf(node);
    if (key === undefined) continue;
    if (key === TEXT) {
      text += String(node[key]);
      continue;
    }
    const name = key.charCodeAt(0) === 0x23 /* # */ ? key.slice(1) : key;
    const value = toPlain(node[key] as OrderedNode[]);
    object ??= {};
    if (!Object.prototype.hasOwnProperty.call(object, name)) setNode(object, name, value);
    else {
      // An element's own value is text or an object, so an array here is one this loop built.
      const previous = object[name] as PlainData;
      if (Array.isArray(previous)) (previous as PlainData[]).push(value);
      else setNode(object, name, [previous, value]);
    }
  }
  if (object === undefined) return text;
  if (text.trim() !== '') object[TEXT] = text; // mixed content is kept, not dropped
  return object;
}

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

/**
 * The XML adapter: checks that a text is one well-formed XML document with a `<Response>` root, without a
 * DOCTYPE, and returns the root's content as plain data.
 * @internal
 */
export function parseXmlPlain(text: string): Result<CallbackError, PlainData> {
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
  const validation = XMLValidator.validate(text);
  if (validation !== true) {
    const { msg, line, col } = validation.err;
    return left({ _tag: 'MalformedXml', message: msg, line, column: col });
  }
  const trailing = findTrailingText(text);
  if (trailing !== -1) return left(malformed(text, trailing, 'text after the root element'));
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(text) as OrderedNode[];
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof EntityError) return left({ _tag: 'MalformedXml', message });
    return left({
      _tag: 'MalformedXml',
      message: /nested/i.test(message) ? `elements nest deeper than ${MAX_DEPTH} levels` : message,
    });
  }
  const roots = nodes.filter((node) => nameOf(node) !== TEXT);
  const [root, second] = roots;
  if (root === undefined) return left({ _tag: 'MalformedXml', message: 'no root element' });
  if (second !== undefined)
    return left({ _tag: 'MalformedXml', message: `more than one root element (<${nameOf(second)}>)` });
  const rootName = nameOf(root) ?? '';
  if (rootName !== 'Response') {
    return left({
      _tag: 'InvalidCallback',
      issues: [
        { path: '', expected: 'a <Response> root element', actual: `<${rootName.replace(/^#/, '')}>` },
      ],
    });
  }
  return right(toPlain(root[rootName] as OrderedNode[]));
}
