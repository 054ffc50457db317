/**
 * "Nothing here", defined once for every codec, so that both formats agree: an empty XML element (`<Message/>`)
 * and a missing JSON key mean the same, and so do `null`, an empty object and an empty list. Blank text (spaces,
 * tabs, CRs and LFs only) is a value where a node holds text, kept exactly as sent, and nothing where it holds
 * anything else.
 */

/**
 * Is `u` nothing: `undefined`, `null`, empty text, an object without own properties or an empty list? A node
 * that is nothing is left out of the decoded value, and a required node that is nothing is missing.
 * @internal
 */
export function isAbsent(u: unknown): boolean {
  if (u === undefined || u === null || u === '') return true;
  if (typeof u !== 'object' || u instanceof Date) return false;
  if (Array.isArray(u)) return u.length === 0;
  for (const key in u) if (Object.prototype.hasOwnProperty.call(u, key)) return false;
  return true;
}

/**
 * Whitespace: space, tab, CR and LF, the layout a sender puts around values. These four are XML's whitespace (its
 * `S` production) and JSON's (RFC 8259's `ws`) alike, so the rule needs neither format; `String#trim` also strips
 * U+3000, U+00A0, U+FEFF, U+2028 and others, which both formats carry as content.
 */
const BLANK = /^[ \t\r\n]*$/;

/**
 * Is `u` blank text: a string of {@link BLANK} whitespace only (or empty)? A leaf that is not text (a time, an
 * integer, a map) sent blank is absent; a text leaf keeps it as sent. Any other character is content: where a
 * node or a time belongs, `\u3000` is an issue, as `x` is, never silently absent.
 * @internal
 */
export const isBlankText = (u: unknown): boolean => typeof u === 'string' && BLANK.test(u);

/**
 * Is `u` an object node sent with no children: nothing, or blank text (an empty XML element, or one holding only
 * line breaks and indentation)?
 * @internal
 */
export const isEmptyObjectNode = (u: unknown): boolean => u === undefined || u === null || isBlankText(u);
