/** XML 1.0's character and name rules, shared by the XML adapter, the XML encoder and the arbitraries. */

/** Is `code` a character XML 1.0 allows in a document (its `Char` production)? */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * A character XML 1.0 forbids anywhere in a document, even as a reference: C0 controls other than tab, LF and
 * CR, U+FFFE, U+FFFF, and (in `u` mode, where a pair is one code point) a lone surrogate.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const NOT_XML_CHAR = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/**
 * The characters that may start an XML name, within the BMP, as a class body. {@link NAME} adds the astral
 * planes (U+10000 to U+EFFFF), which need a `u` regex.
 */
export const NAME_START =
  ':A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';

/** The characters that may follow in an XML name, as a class body. */
export const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;

/** XML 1.0's `Name` production, astral planes included, as a sticky regex: set `lastIndex`, then `test`. */
export const NAME = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- ranges of code points: a combining mark is a name character of its own
  `[${NAME_START}\\u{10000}-\\u{EFFFF}][${NAME_CHAR}\\u{10000}-\\u{EFFFF}]*`,
  'uy',
);

/** Is `text` one XML name, as a whole (an element name the writer may use)? */
export function isXmlName(text: string): boolean {
  NAME.lastIndex = 0;
  return NAME.test(text) && NAME.lastIndex === text.length;
}

/** The character at `text[index]`, for a message: `U+0001`, a lone surrogate as its code unit. */
export function charAt(text: string, index: number): string {
  return `U+${(text.codePointAt(index) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Is `code` XML whitespace (its `S` production: space, tab, CR, LF)? */
export const isXmlSpace = (code: number): boolean =>
  code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;

/** Is `text[start, end)` (the whole text by default) XML whitespace only? */
export function isXmlWhitespace(text: string, start = 0, end = text.length): boolean {
  for (let i = start; i < end; i++) if (!isXmlSpace(text.charCodeAt(i))) return false;
  return true;
}

/** {@link NOT_XML_CHAR} without `u`: a surrogate here may be half of a valid pair. Much faster over long text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SUSPECT_UNIT = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML_CHAR_FROM = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** The index of the first character XML forbids ({@link NOT_XML_CHAR}), or -1. */
export function forbiddenCharAt(text: string): number {
  SUSPECT_UNIT.lastIndex = 0;
  const suspect = SUSPECT_UNIT.exec(text);
  if (suspect === null) return -1;
  const code = suspect[0].charCodeAt(0);
  if (code < 0xd800 || code > 0xdfff) return suspect.index;
  // From the first surrogate on, pairs are characters: let the `u` regex read them.
  NOT_XML_CHAR_FROM.lastIndex = suspect.index;
  return NOT_XML_CHAR_FROM.exec(text)?.index ?? -1;
}
