/**
 * "Nothing here", defined once for every codec, so that both formats agree: an empty XML element (`<Message/>`)
 * and a missing JSON key mean the same, and so do `null`, an empty object and an empty list. Blank text (only
 * whitespace) is a value where a node holds text, kept exactly as sent, and nothing where it holds anything else.
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
 * Is `u` blank text: a string of whitespace only? A leaf that is not text (a time, an integer, a map) sent blank
 * is absent; a text leaf keeps it as sent.
 * @internal
 */
export const isBlankText = (u: unknown): boolean => typeof u === 'string' && u.trim() === '';

/**
 * Is `u` an object node sent with no children: nothing, or blank text (an empty XML element, or one holding only
 * line breaks and indentation)?
 * @internal
 */
export const isEmptyObjectNode = (u: unknown): boolean => u === undefined || u === null || isBlankText(u);
