/**
 * The XML adapter's fast path. fast-xml-parser builds every text run one character at a time and keeps whitespace
 * between elements as text nodes, and its validator is a second character-by-character pass. `reduce` is one
 * indexOf-driven pass that (1) proves the document well-formed for the common, simple shapes (and answers
 * `undefined`, "not sure", for anything else, so the validator runs and reports exactly as before), and (2) hands
 * the parser a smaller document: whitespace between elements dropped, long text runs replaced by a placeholder
 * and spliced back, entity-decoded by the same decoder, once the parser is done. When it answers a document,
 * XMLValidator would have accepted it, and the parser builds the same data from it (property-tested against the
 * plain path).
 */

import { NAME_CHAR, NAME_START } from './xml-syntax';

/**
 * A placeholder's first character: a text run of the reduced document starting with it is a lifted run. U+FFFF
 * is not an XML character, and the adapter refuses a document holding one before it gets here.
 */
export const PLACEHOLDER = 0xffff;

/** Text runs at least this long are lifted out of the parser's way; shorter ones cost it less than a splice. */
const LIFT_MIN = 64;

// The class lists code point ranges (combining marks may follow a name's first character), not a combined character.

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
export interface Reduced {
  readonly doc: string;
  readonly lifted: readonly string[];
}

/**
 * One pass over a document: `undefined` unless it is certainly well-formed in the validator's eyes (one root,
 * elements without attributes, comments, CDATA, a leading declaration, valid `&` references), else the reduced
 * document. `strip` drops whitespace-only runs between elements; it is turned off when an element holds both
 * elements and text (mixed content keeps its whitespace).
 */
export function reduce(text: string, strip: boolean): Reduced | undefined {
  const parts: string[] = [];
  const lifted: string[] = [];
  const names: string[] = [];
  const hasChild: boolean[] = [];
  const hasText: boolean[] = [];
  let copied = 0; // text[0, copied) is in `parts` already
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
      } else if (runEnd - runStart >= LIFT_MIN) {
        parts.push(text.slice(copied, runStart), `${String.fromCharCode(PLACEHOLDER)}${lifted.length}`);
        lifted.push(text.slice(runStart, runEnd));
        copied = runEnd;
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
