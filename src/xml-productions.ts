/**
 * The XML 1.0 productions the scanner (src/xml-scanner.ts) reads as units, outside the loop over an element's
 * content: the XML declaration, Misc (comments, processing instructions, whitespace), names and end-tag errors.
 * Each returns where it ends, or fails with where and why ({@link fail}).
 */

import { isXmlSpace, NAME } from './xml-syntax';

/** What the scanner found wrong, and where (an index into the text). */
export interface NotWellFormed {
  readonly index: number;
  readonly message: string;
}

/** XMLDecl (production 23): VersionInfo, then optional EncodingDecl and SDDecl, in that order. */
const XML_DECLARATION = new RegExp(
  [
    '<\\?xml',
    '[ \\t\\r\\n]+version[ \\t\\r\\n]*=[ \\t\\r\\n]*(?:"1\\.[0-9]+"|\'1\\.[0-9]+\')',
    '(?:[ \\t\\r\\n]+encoding[ \\t\\r\\n]*=[ \\t\\r\\n]*(?:"([A-Za-z][\\w.-]*)"|\'([A-Za-z][\\w.-]*)\'))?',
    '(?:[ \\t\\r\\n]+standalone[ \\t\\r\\n]*=[ \\t\\r\\n]*(?:"(?:yes|no)"|\'(?:yes|no)\'))?',
    '[ \\t\\r\\n]*\\?>',
  ].join(''),
  'y',
);

/** Thrown inside the scanner only, and caught by `scan` (src/xml-scanner.ts). */
export class Malformed implements NotWellFormed {
  constructor(
    readonly index: number,
    readonly message: string,
  ) {}
}

/** Ends the scan: the document stops being well-formed at `index`, for the reason `message` gives. */
export function fail(index: number, message: string): never {
  throw new Malformed(index, message);
}

/** Where the XML whitespace (production 3, S) from `pos` on ends. */
export function skipSpace(text: string, pos: number): number {
  while (isXmlSpace(text.charCodeAt(pos))) pos++;
  return pos;
}

/** The name at `pos`, or a failure saying what was expected there. */
export function nameAt(text: string, pos: number, expected: string): number {
  NAME.lastIndex = pos;
  if (!NAME.test(text)) fail(pos, `expected ${expected}`);
  return NAME.lastIndex;
}

/** Why the end tag at `lt` does not close `<expected>` (its name is another, or none). */
export function endTagError(text: string, lt: number, expected: string): never {
  const nameEnd = nameAt(text, lt + 2, `the name of <${expected}> after </`);
  const name = text.slice(lt + 2, nameEnd);
  if (name === expected) fail(nameEnd, `expected > to end </${expected}`);
  fail(lt, `closing tag </${name}> does not match <${expected}>`);
}

/** Comment (production 15) at `lt`: its end. `--` may only close it. */
export function comment(text: string, lt: number): number {
  const dashes = text.indexOf('--', lt + 4);
  if (dashes === -1) fail(lt, 'the comment is not closed (-->)');
  if (text.charCodeAt(dashes + 2) !== 0x3e /* > */) fail(dashes, "'--' is not allowed inside a comment");
  return dashes + 3;
}

/** PI (production 16) at `lt`: its end. The target is a name other than `xml` in any case. */
export function processingInstruction(text: string, lt: number): number {
  const targetEnd = nameAt(text, lt + 2, 'a target name after <?');
  if (targetEnd - lt === 5 && text.slice(lt + 2, targetEnd).toLowerCase() === 'xml') {
    fail(
      lt,
      lt === 0
        ? 'malformed XML declaration'
        : text.startsWith('xml', lt + 2)
          ? 'an XML declaration is only allowed at the very start of the document'
          : `the processing instruction target ${text.slice(lt + 2, targetEnd)} is reserved`,
    );
  }
  if (text.startsWith('?>', targetEnd)) return targetEnd + 2;
  if (!isXmlSpace(text.charCodeAt(targetEnd)))
    fail(targetEnd, `expected whitespace or ?> after <?${text.slice(lt + 2, targetEnd)}`);
  const end = text.indexOf('?>', targetEnd);
  if (end === -1) fail(lt, 'the processing instruction is not closed (?>)');
  return end + 2;
}

/** XMLDecl at the start of the text: its end, or 0 without one. */
export function declaration(text: string): number {
  if (!text.startsWith('<?xml')) return 0;
  const after = text.charCodeAt(5);
  if (!isXmlSpace(after) && after !== 0x3f /* ? */) return 0; // a PI such as <?xml-stylesheet?>
  XML_DECLARATION.lastIndex = 0;
  const match = XML_DECLARATION.exec(text);
  if (match === null) {
    fail(
      0,
      'malformed XML declaration: expected <?xml version="1.x"?>, optionally with encoding="UTF-8" and then ' +
        'standalone="yes" or "no"',
    );
  }
  const encoding = match[1] ?? match[2];
  if (encoding !== undefined && encoding.toLowerCase() !== 'utf-8') {
    fail(
      match[0].indexOf(encoding),
      `the XML declaration names encoding ${encoding}; callbacks are read as UTF-8`,
    );
  }
  return XML_DECLARATION.lastIndex;
}

/** Misc (production 27) from `pos` on: whitespace, comments and PIs. Where something else starts. */
export function misc(text: string, pos: number): number {
  for (;;) {
    pos = skipSpace(text, pos);
    if (text.startsWith('<!--', pos)) pos = comment(text, pos);
    else if (text.startsWith('<?', pos)) pos = processingInstruction(text, pos);
    else return pos;
  }
}
