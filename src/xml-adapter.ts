import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';
import type { CallbackError, MalformedXml } from './errors';
import { MAX_DEPTH, setNode, type PlainData } from './plain';
import { left, right, type Result } from './result';

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
 * `lifted` holds the decoded text runs {@link reduce} took out of the document, in place of their placeholders.
 */
function toPlain(nodes: readonly OrderedNode[], lifted: readonly string[] | undefined): PlainData {
  let text = '';
  let object: Record<string, PlainData> | undefined;
  for (const node of nodes) {
    const key = nameOf(node);
    if (key === undefined) continue;
    if (key === TEXT) {
      const value = String(node[key]);
      text +=
        lifted !== undefined && value.charCodeAt(0) === PLACEHOLDER ? lifted[Number(value.slice(1))] : value;
      continue;
    }
    const name = key.charCodeAt(0) === 0x23 /* # */ ? key.slice(1) : key;
    const value = toPlain(node[key] as OrderedNode[], lifted);
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

// ------------------------------------------------------------------------------------------------ fast path
//
// fast-xml-parser builds every text run one character at a time and keeps whitespace between elements as text
// nodes, and its validator is a second character-by-character pass. `reduce` is one indexOf-driven pass that
// (1) proves the document well-formed for the common, simple shapes (and answers `undefined`, "not sure", for
// anything else, so the validator runs and reports exactly as before), and (2) hands the parser a smaller
// document: whitespace between elements dropped, long text runs replaced by a placeholder and spliced back,
// entity-decoded by the same decoder, once the parser is done. When it answers a document, XMLValidator would
// have accepted it, and the parser builds the same data from it (property-tested against the plain path).

/** A placeholder's first character: a text run of the reduced document starting with it is a lifted run. */
const PLACEHOLDER = 0xffff;

/** Text runs at least this long are lifted out of the parser's way; shorter ones cost it less than a splice. */
const LIFT_MIN = 64;

/** fast-xml-parser's own name rule (its `util.js`), which its validator applies to tag names. */
const NAME_START =
  ':A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_CHAR = `${NAME_START}\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
// The class lists code point ranges (combining marks may follow a name's first character), not a combined character.
// eslint-disable-next-line no-misleading-character-class
const NAME = new RegExp(`[${NAME_START}][${NAME_CHAR}]*`, 'y');

/** A reference the validator accepts (its `validateAmpersand`); the decoder may still refuse it. */
const REFERENCE = /&(?:#x[0-9a-fA-F]*|#[0-9]*|\w{1,20});/y;

/** A leading XML declaration both the validator and the parser read the same way. */
const DECLARATION =
  /<\?xml(?:[ \t\r\n]+[A-Za-z][\w.:-]*[ \t\r\n]*=[ \t\r\n]*(?:"[^"<>?&]*"|'[^'<>?&]*'))*[ \t\r\n]*\?>/y;

/** Does `text[start, end)` hold only XML whitespace (the validator's and the parser's whitespace)? */
function isWhitespace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x0a && code !== 0x09 && code !== 0x0d) return false;
  }
  return true;
}

/** What a markup item is, for deciding what the text next to it means. */
const enum Kind {
  Start,
  End,
  Empty,
  Other,
}

/** The document the parser gets, and the raw text runs lifted out of it (in document order). */
interface Reduced {
  readonly doc: string;
  readonly lifted: readonly string[];
}

/**
 * One pass over a document: `undefined` unless it is certainly well-formed in the validator's eyes (one root,
 * elements without attributes, comments, CDATA, a leading declaration, valid `&` references), else the reduced
 * document. `strip` drops whitespace-only runs between elements; it is turned off when an element holds both
 * elements and text (mixed content keeps its whitespace).
 * @internal exported for the property tests only
 */
export function reduce(text: string, strip: boolean): Reduced | undefined {
  const parts: string[] = [];
  const lifted: string[] = [];
  const names: string[] = [];
  const hasChild: boolean[] = [];
  const hasText: boolean[] = [];
  let copied = 0; // text[0, copied) is in `parts` already
  let canLift = true;
  let mixed = false;
  let rootDone = false;
  let nextAmp = -2;
  let pos = 0;
  if (text.startsWith('<?xml')) {
    DECLARATION.lastIndex = 0;
    if (!DECLARATION.test(text)) return undefined;
    pos = DECLARATION.lastIndex;
  }
  let previous = Kind.Other;
  for (;;) {
    const lt = text.indexOf('<', pos);
    const runEnd = lt === -1 ? text.length : lt;
    const depth = names.length;
    let plain = true; // the run is whitespace only
    if (runEnd > pos) {
      if (depth === 0) {
        if (!isWhitespace(text, pos, runEnd)) return undefined;
      } else {
        if (nextAmp < pos && nextAmp !== -1) nextAmp = text.indexOf('&', pos);
        while (nextAmp !== -1 && nextAmp < runEnd) {
          REFERENCE.lastIndex = nextAmp;
          if (!REFERENCE.test(text)) return undefined;
          nextAmp = text.indexOf('&', REFERENCE.lastIndex);
        }
        plain = isWhitespace(text, pos, runEnd);
        if (!plain) hasText[depth - 1] = true;
      }
    }
    if (lt === -1) break;
    const runStart = pos;
    let kind: Kind;
    const next = text.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      NAME.lastIndex = lt + 2;
      if (!NAME.test(text) || text.charCodeAt(NAME.lastIndex) !== 0x3e /* > */) return undefined;
      const name = names.pop();
      if (name === undefined || text.slice(lt + 2, NAME.lastIndex) !== name) return undefined;
      if (hasChild[depth - 1] === true && hasText[depth - 1] === true) mixed = true;
      if (names.length === 0) rootDone = true;
      kind = Kind.End;
      pos = NAME.lastIndex + 1;
    } else if (next === 0x21 /* ! */) {
      let end: number;
      if (text.startsWith('<!--', lt)) end = text.indexOf('-->', lt + 4);
      else if (depth > 0 && text.startsWith('<![CDATA[', lt)) {
        end = text.indexOf(']]>', lt + 9);
        if (end !== -1 && !isWhitespace(text, lt + 9, end)) hasText[depth - 1] = true;
      } else return undefined;
      if (end === -1) return undefined;
      kind = Kind.Other;
      pos = end + 3;
    } else {
      NAME.lastIndex = lt + 1;
      if (!NAME.test(text) || (depth === 0 && rootDone)) return undefined;
      const close = text.charCodeAt(NAME.lastIndex);
      if (close === 0x3e /* > */) {
        kind = Kind.Start;
        pos = NAME.lastIndex + 1;
      } else if (close === 0x2f /* / */ && text.charCodeAt(NAME.lastIndex + 1) === 0x3e) {
        kind = Kind.Empty;
        pos = NAME.lastIndex + 2;
      } else return undefined;
      if (depth > 0) hasChild[depth - 1] = true;
      if (kind === Kind.Start) {
        names.push(text.slice(lt + 1, NAME.lastIndex));
        hasChild[depth] = false;
        hasText[depth] = false;
      } else if (depth === 0) rootDone = true;
    }
    // The run between two element tags is one text node of the parser's: it can be dropped or lifted whole.
    if (depth > 0 && runEnd > runStart && previous !== Kind.Other && kind !== Kind.Other) {
      if (plain && strip && !(previous === Kind.Start && kind === Kind.End)) {
        parts.push(text.slice(copied, runStart));
        copied = runEnd;
      } else if (runEnd - runStart >= LIFT_MIN && canLift) {
        canLift = lifted.length > 0 || !text.includes(String.fromCharCode(PLACEHOLDER));
        if (canLift) {
          parts.push(text.slice(copied, runStart), `${String.fromCharCode(PLACEHOLDER)}${lifted.length}`);
          lifted.push(text.slice(runStart, runEnd));
          copied = runEnd;
        }
      }
    }
    previous = kind;
  }
  if (!rootDone || names.length > 0) return undefined;
  if (mixed && strip) return reduce(text, false);
  if (copied === 0) return { doc: text, lifted };
  parts.push(text.slice(copied));
  return { doc: parts.join(''), lifted };
}

type Parsed = Result<MalformedXml, { nodes: OrderedNode[]; lifted: readonly string[] | undefined }>;

/** Parses the reduced document and decodes the lifted runs, or `undefined` to parse the original instead. */
function parseReduced({ doc, lifted }: Reduced): Parsed | undefined {
  let nodes: OrderedNode[];
  try {
    nodes = parser.parse(doc) as OrderedNode[];
  } catch {
    return undefined; // the original's error may come earlier in the document: let the parser find it
  }
  const decoded: string[] = [];
  try {
    // The parser decodes each run when it meets it, after normalizing line ends: the first bad one wins.
    for (const raw of lifted)
      decoded.push(xmlEntities.decode(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw));
  } catch (e) {
    if (e instanceof EntityError) return left({ _tag: 'MalformedXml', message: e.message });
    return undefined;
  }
  return right({ nodes, lifted: lifted.length === 0 ? undefined : decoded });
}

/** The parser on the whole document, as the plain path runs it. */
function parseDocument(text: string): Parsed {
  try {
    return right({ nodes: parser.parse(text) as OrderedNode[], lifted: undefined });
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
  const reduced = reduce(text, true);
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
  const { nodes, lifted } = parsed.right;
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
  return right(toPlain(root[rootName] as OrderedNode[], lifted));
}
