import { XMLParser } from 'fast-xml-parser';
import type { CallbackError, MalformedXml } from './errors';
import { MAX_DEPTH, setNode, type PlainData } from './plain';
import { left, right, type Result } from './result';
import { xmlEntities } from './xml-entities';
import { NAME_MARKER, PLACEHOLDER, scan, type ScanOptions } from './xml-reduce';
import { forbiddenCharAt } from './xml-syntax';

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
  jPath: false, // callbacks get the path matcher, not a path string built for every node (none of ours reads it)
  transformTagName: (name) => (GUARDED_NAMES.has(name) ? `#${name}` : name),
});

/** One node of fast-xml-parser's ordered output: `{ name: children }`, or `{ '#text': text }`. */
type OrderedNode = Record<string, unknown>;

function nameOf(node: OrderedNode): string | undefined {
  for (const key in node) if (key !== ':@') return key;
  return undefined;
}

/**
 * Builds plain data from ordered nodes: text leaves, arrays for repeated names, no whitespace between elements.
 * `lifted` holds the decoded text runs the scanner took out of the document, in place of their placeholders;
 * `names` the element names behind its markers.
 */
function toPlain(
  nodes: readonly OrderedNode[],
  lifted: readonly string[],
  names: readonly string[],
): PlainData {
  let text = '';
  let object: Record<string, PlainData> | undefined;
  for (const node of nodes) {
    const key = nameOf(node);
    if (key === undefined) continue;
    if (key === TEXT) {
      const value = String(node[key]);
      text += value.charCodeAt(0) === PLACEHOLDER ? (lifted[Number(value.slice(1))] as string) : value;
      continue;
    }
    const first = key.charCodeAt(0);
    const name =
      first === 0x23 /* # */
        ? key.slice(1)
        : first === NAME_MARKER
          ? (names[Number(key.slice(1))] as string)
          : key;
    const value = toPlain(node[key] as OrderedNode[], lifted, names);
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
  if (!XML_SPACE_ONLY.test(text)) object[TEXT] = text; // mixed content is kept, not dropped
  return object;
}

/** Text that is only XML whitespace (space, tab, CR, LF: not U+3000 and the like, which are content). */
const XML_SPACE_ONLY = /^[ \t\r\n]*$/;

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
    const code = (text.codePointAt(forbidden) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return left(malformed(text, forbidden, `character U+${code} is not allowed in XML`));
  }
  const scanned = scan(text, options);
  if (scanned._tag === 'Left') return left(malformed(text, scanned.left.index, scanned.left.message));
  const { root, doc, lifted, names } = scanned.right;
  if (root !== 'Response') {
    return left({
      _tag: 'InvalidCallback',
      issues: [{ path: '', expected: 'a <Response> root element', actual: `<${root}>` }],
      omitted: 0,
    });
  }
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(doc) as OrderedNode[];
  } catch (e) {
    // Not expected: the scanner proved the document well-formed. Still an error value, never a throw.
    return left({ _tag: 'MalformedXml', message: e instanceof Error ? e.message : String(e) });
  }
  // The parser decodes each text node after normalizing line ends; the lifted runs get the same.
  const decoded = lifted.map((raw) =>
    xmlEntities.decode(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw),
  );
  const rootNode = nodes[0] as OrderedNode;
  return right(toPlain(rootNode[nameOf(rootNode) as string] as OrderedNode[], decoded, names));
}
