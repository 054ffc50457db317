/**
 * The XML adapter's scanner: one indexOf-driven pass that decides whether a document is well-formed XML 1.0
 * (fifth edition) without a DOCTYPE, and builds the document fast-xml-parser gets. fast-xml-parser's own
 * validator is lax (it accepts `]]>` in text, `--` in comments, `<` in attribute values, bad declarations), and
 * its parser reads some well-formed documents differently from XML (it ends a name at any Unicode space, and
 * skips from one quote to the next inside a processing instruction), so the parser only ever sees what this pass
 * proved well-formed, rewritten where it would misread it:
 *
 * - only the root element: the prolog and what follows the root hold nothing but whitespace, comments and
 *   processing instructions once checked;
 * - processing instructions inside the root are cut out (the parser ignores them anyway);
 * - an element name holding U+1680 or U+FEFF (name characters that JavaScript counts as space) is replaced by a
 *   marker, {@link NAME_MARKER} and an index into `names`;
 * - with `strip`, whitespace between elements is dropped unless an element holds both elements and text;
 * - with `lift`, text runs of {@link LIFT_MIN}+ characters between two tags are replaced by a placeholder,
 *   {@link PLACEHOLDER} and an index into `lifted`, and decoded by the adapter: fast-xml-parser builds text one
 *   character at a time.
 */

import { MAX_DEPTH } from './plain';
import { left, right, type Result } from './result';
import { referenceEnd, referenceError } from './xml-entities';
import {
  comment,
  declaration,
  endTagError,
  fail,
  Malformed,
  misc,
  nameAt,
  processingInstruction,
  skipSpace,
  type NotWellFormed,
} from './xml-productions';
import { isXmlSpace, isXmlWhitespace, NAME } from './xml-syntax';

/**
 * A placeholder's first character: a text node of the parser's output starting with it is a lifted run. U+FFFF
 * is not an XML character, and the adapter refuses a document holding one before it gets here.
 */
export const PLACEHOLDER = 0xffff;

/** A marked element name's first character; U+FFFE is not an XML character either. */
export const NAME_MARKER = 0xfffe;

/** Text runs at least this long are lifted out of the parser's way; shorter ones cost it less than a splice. */
const LIFT_MIN = 64;

/** A well-formed document, as the parser gets it. */
export interface Scanned {
  /** The root element's name. */
  readonly root: string;
  /** The root element, rewritten as described in the module's comment. */
  readonly doc: string;
  /** The raw text runs behind the placeholders, in document order. */
  readonly lifted: readonly string[];
  /** The element names behind the markers, in document order. */
  readonly names: readonly string[];
}

/** How much the scanner rewrites; the adapter's plain path turns both off. */
export interface ScanOptions {
  readonly strip: boolean;
  readonly lift: boolean;
}

const DOCTYPE_REFUSED = 'DOCTYPE and ENTITY declarations are refused (entities are never expanded)';

const enum Kind {
  Start,
  End,
  Empty,
  Other,
}

/** Characters of XML names that fast-xml-parser ends a name at (JavaScript's `\s` counts them as space). */
const SPLITS_NAME = /[\u1680\uFEFF]/;

/**
 * One pass over a document (see the module's comment): the document the parser gets, or why the text is not a
 * well-formed XML document without a DOCTYPE, nesting at most {@link MAX_DEPTH} elements deep.
 */
export function scan(text: string, options: ScanOptions): Result<NotWellFormed, Scanned> {
  try {
    return right(new Scanner(text, options).run());
  } catch (e) {
    if (e instanceof Malformed) return left(e);
    throw e;
  }
}

class Scanner {
  private readonly parts: string[] = [];
  private readonly lifted: string[] = [];
  private readonly names: string[] = [];
  /** The open elements' names. */
  private readonly open: string[] = [];
  private readonly hasChild: boolean[] = [];
  private readonly hasText: boolean[] = [];
  /** `text[start, copied)` is in {@link parts} already. */
  private copied = 0;
  private mixed = false;
  /** The next `&` at or after the scan position (-1: none left); stale when it falls behind. */
  private nextAmp = -2;
  /** The next `]]>`, likewise. */
  private nextCdEnd = -2;
  private rootName = '';
  /** Does the text hold a character {@link SPLITS_NAME} matches anywhere (names need checking)? */
  private readonly marking: boolean;

  constructor(
    private readonly text: string,
    private readonly options: ScanOptions,
  ) {
    this.marking = SPLITS_NAME.test(text);
  }

  run(): Scanned {
    const { text } = this;
    const start = misc(text, declaration(text));
    if (start >= text.length) fail(start, 'no root element');
    if (text.startsWith('<!DOCTYPE', start)) fail(start, DOCTYPE_REFUSED);
    if (text.startsWith('<!', start)) fail(start, "'<!' must open a comment (<!--) before the root element");
    if (text.charCodeAt(start) !== 0x3c /* < */) fail(start, 'text before the root element');
    if (text.charCodeAt(start + 1) === 0x2f /* / */) fail(start, 'a closing tag before the root element');
    const end = this.content(start);
    const after = misc(text, end);
    if (after < text.length) {
      NAME.lastIndex = after + 1;
      if (text.charCodeAt(after) === 0x3c && NAME.test(text))
        fail(after, `more than one root element (<${text.slice(after + 1, NAME.lastIndex)}>)`);
      fail(after, 'text after the root element');
    }
    if (this.mixed && this.options.strip) return new Scanner(text, { ...this.options, strip: false }).run();
    const root = this.rootName;
    if (this.parts.length === 0)
      return { root, doc: text.slice(start, end), lifted: this.lifted, names: this.names };
    this.parts.push(text.slice(this.copied, end));
    return { root, doc: this.parts.join(''), lifted: this.lifted, names: this.names };
  }

  /** The root element from `start` (a `<`): where it ends. */
  private content(start: number): number {
    const { text, open, hasChild, hasText, options } = this;
    this.copied = start;
    let pos = start;
    let previous = Kind.Other;
    for (;;) {
      const lt = text.indexOf('<', pos);
      const runEnd = lt === -1 ? text.length : lt;
      const depth = open.length;
      let plain = true; // the run is whitespace only
      if (runEnd > pos) {
        this.checkText(pos, runEnd);
        plain = isXmlWhitespace(text, pos, runEnd);
        if (!plain) hasText[depth - 1] = true;
      }
      if (lt === -1) fail(text.length, `<${open[depth - 1] as string}> is not closed`);
      const runStart = pos;
      let kind: Kind;
      let name = '';
      let nameEnd = 0;
      const next = text.charCodeAt(lt + 1);
      if (next === 0x2f /* / */) {
        const expected = open[depth - 1] as string;
        let close = lt + 2 + expected.length;
        // The expected name, then `>` or whitespace, is the end tag; anything else is an error to describe.
        if (
          !text.startsWith(expected, lt + 2) ||
          !(text.charCodeAt(close) === 0x3e || isXmlSpace(text.charCodeAt(close)))
        )
          close = endTagError(text, lt, expected);
        close = skipSpace(text, close);
        if (text.charCodeAt(close) !== 0x3e /* > */) fail(close, `expected > to end </${expected}`);
        open.pop();
        if (hasChild[depth - 1] === true && hasText[depth - 1] === true) this.mixed = true;
        kind = Kind.End;
        pos = close + 1;
      } else if (next === 0x21 /* ! */) {
        if (text.startsWith('<!--', lt)) pos = comment(text, lt);
        else if (text.startsWith('<![CDATA[', lt)) {
          const end = text.indexOf(']]>', lt + 9);
          if (end === -1) fail(lt, 'the CDATA section is not closed (]]>)');
          if (!isXmlWhitespace(text, lt + 9, end)) hasText[depth - 1] = true;
          pos = end + 3;
        } else fail(lt, "'<!' must open a comment (<!--) or a CDATA section (<![CDATA[) here");
        kind = Kind.Other;
      } else if (next === 0x3f /* ? */) {
        pos = processingInstruction(text, lt);
        this.parts.push(text.slice(this.copied, lt)); // the parser would misread quotes inside it
        this.copied = pos;
        kind = Kind.Other;
      } else {
        nameEnd = nameAt(text, lt + 1, "a name after '<' (write &lt; for a literal <)");
        name = text.slice(lt + 1, nameEnd);
        if (depth >= MAX_DEPTH) fail(lt, `elements nest deeper than ${MAX_DEPTH} levels`);
        const close = text.charCodeAt(nameEnd);
        if (close === 0x3e /* > */) pos = nameEnd + 1;
        else if (close === 0x2f /* / */ && text.charCodeAt(nameEnd + 1) === 0x3e) pos = nameEnd + 2;
        else pos = this.attributes(nameEnd, name);
        kind = text.charCodeAt(pos - 2) === 0x2f /* / */ ? Kind.Empty : Kind.Start;
        if (depth > 0) hasChild[depth - 1] = true;
        else this.rootName = name;
      }
      // The run between two element tags is one text node of the parser's: it can be dropped or lifted whole.
      if (depth > 0 && runEnd > runStart && previous !== Kind.Other && kind !== Kind.Other) {
        if (plain && options.strip && !(previous === Kind.Start && kind === Kind.End)) {
          this.parts.push(text.slice(this.copied, runStart));
          this.copied = runEnd;
        } else if (options.lift && runEnd - runStart >= LIFT_MIN) {
          this.parts.push(
            text.slice(this.copied, runStart),
            `${String.fromCharCode(PLACEHOLDER)}${this.lifted.length}`,
          );
          this.lifted.push(text.slice(runStart, runEnd));
          this.copied = runEnd;
        }
      }
      if (kind === Kind.Start || kind === Kind.Empty) {
        if (this.marking && SPLITS_NAME.test(name)) {
          this.parts.push(
            text.slice(this.copied, lt + 1),
            `${String.fromCharCode(NAME_MARKER)}${this.names.length}`,
          );
          this.names.push(name);
          this.copied = nameEnd;
        }
        if (kind === Kind.Start) {
          open.push(name);
          hasChild[depth] = false;
          hasText[depth] = false;
        }
      }
      previous = kind;
      if (open.length === 0 && kind !== Kind.Other) return pos;
    }
  }

  /** CharData and references in `text[start, end)`: no `]]>`, and every `&` starts a known reference. */
  private checkText(start: number, end: number): void {
    const { text } = this;
    if (this.nextAmp < start && this.nextAmp !== -1) this.nextAmp = text.indexOf('&', start);
    while (this.nextAmp !== -1 && this.nextAmp < end)
      this.nextAmp = text.indexOf('&', this.reference(this.nextAmp));
    if (this.nextCdEnd < start && this.nextCdEnd !== -1) this.nextCdEnd = text.indexOf(']]>', start);
    if (this.nextCdEnd !== -1 && this.nextCdEnd < end)
      fail(this.nextCdEnd, "']]>' is not allowed in text (write ]]&gt;)");
  }

  private reference(at: number): number {
    const end = referenceEnd(this.text, at);
    if (end === -1) fail(at, referenceError(this.text, at));
    return end;
  }

  /**
   * The attributes of a start tag, from `pos` (right after its name): where the tag ends. Each is a name, `=` and
   * a quoted value without `<` whose references are known; no name twice; whitespace before each.
   */
  private attributes(pos: number, element: string): number {
    const { text } = this;
    const nextLt = text.indexOf('<', pos);
    let seen: Set<string> | undefined;
    for (;;) {
      const space = pos;
      pos = skipSpace(text, pos);
      const code = text.charCodeAt(pos);
      if (code === 0x3e /* > */) return pos + 1;
      if (code === 0x2f /* / */ && text.charCodeAt(pos + 1) === 0x3e) return pos + 2;
      if (pos === space) fail(pos, `expected whitespace, > or /> in <${element}>`);
      const nameEnd = nameAt(text, pos, `an attribute name, > or /> in <${element}>`);
      const name = text.slice(pos, nameEnd);
      seen ??= new Set();
      if (seen.has(name)) fail(pos, `attribute ${name} appears twice in <${element}>`);
      seen.add(name);
      pos = skipSpace(text, nameEnd);
      if (text.charCodeAt(pos) !== 0x3d /* = */) fail(pos, `expected = after attribute ${name}`);
      pos = skipSpace(text, pos + 1);
      const quote = text.charAt(pos);
      if (quote !== '"' && quote !== "'") fail(pos, `expected a quoted value for attribute ${name}`);
      const end = text.indexOf(quote, pos + 1);
      if (end === -1) fail(pos, `the value of attribute ${name} is not closed`);
      if (nextLt !== -1 && nextLt < end)
        fail(nextLt, `'<' is not allowed in an attribute value (write &lt;)`);
      if (this.nextAmp < pos && this.nextAmp !== -1) this.nextAmp = text.indexOf('&', pos);
      while (this.nextAmp !== -1 && this.nextAmp < end)
        this.nextAmp = text.indexOf('&', this.reference(this.nextAmp));
      pos = end + 1;
    }
  }
}
