/** Reading a text that `JSON.parse` accepted: where its strings end, and which of them are keys. */

/**
 * Where the string token that opens at `start` (a `"`) ends, in a text `JSON.parse` accepted.
 * @internal
 */
export function stringEnd(text: string, start: number): number {
  for (let end = text.indexOf('"', start + 1); ; end = text.indexOf('"', end + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 0x5c /* \ */) backslashes++;
    if (backslashes % 2 === 0) return end;
  }
}

/** JSON's whitespace (RFC 8259 `ws`). */
const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/**
 * Does the string token that ends at `end` (its closing `"`) name a key, being followed by `:`?
 * @internal
 */
export function isKeyEnd(text: string, end: number): boolean {
  let at = end + 1;
  while (isSpace(text.charCodeAt(at))) at++;
  return text.charCodeAt(at) === 0x3a; /* : */
}
