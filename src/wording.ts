/** How the library's messages word what they list, shared by the codecs' `expected` texts and the error texts. */

/**
 * Names as one alternative: `a`, `a or b`, `a, b or c`.
 * @internal
 */
export const either = (names: readonly string[]): string =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
