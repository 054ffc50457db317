import type { X2jOptions } from 'fast-xml-parser';
import { isXmlChar, NAME } from './xml-syntax';

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The references a document without a DTD may hold, leading zeros allowed in character references. */
const REFERENCE = /&(?:lt|gt|amp|quot|apos|#x[0-9A-Fa-f]+|#[0-9]+);/y;
const ENTITY = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|([^\s&;]*));/g;

/** The code point a character reference at `at` (`&#...;`, already matched) stands for, capped at 0x110000. */
function codePointAt(text: string, at: number): number {
  const hex = text.charCodeAt(at + 2) === 0x78; /* x */
  let code = 0;
  for (let i = at + (hex ? 3 : 2); ; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3b /* ; */) return code;
    const digit = c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57; // 0-9, then a-f in either case
    code = Math.min(code * (hex ? 16 : 10) + digit, 0x110000);
  }
}

/**
 * Where the reference that starts at `text[at]` (an `&`) ends, or -1 unless it is one of XML's five entities or a
 * character reference to a character XML allows. A document without a DTD declares no other entity.
 */
export function referenceEnd(text: string, at: number): number {
  REFERENCE.lastIndex = at;
  if (!REFERENCE.test(text)) return -1;
  if (text.charCodeAt(at + 1) === 0x23 /* # */ && !isXmlChar(codePointAt(text, at))) return -1;
  return REFERENCE.lastIndex;
}

/** Why the `&` at `text[at]` does not start a reference {@link referenceEnd} accepts. */
export function referenceError(text: string, at: number): string {
  const match = /&(#x[0-9A-Fa-f]+|#[0-9]+)?;?/y;
  match.lastIndex = at;
  const numeric = match.exec(text);
  if (numeric?.[1] !== undefined && numeric[0].endsWith(';'))
    return `character reference ${numeric[0]} is not an XML character`;
  NAME.lastIndex = at + 1;
  if (NAME.test(text) && text.charCodeAt(NAME.lastIndex) === 0x3b /* ; */)
    return `undefined entity ${text.slice(at, NAME.lastIndex + 1)} (only the five XML entities are known)`;
  return "'&' does not start a reference (write &amp; for a literal &)";
}

function decodeEntity(match: string, hex?: string, dec?: string, name?: string): string {
  if (name !== undefined) {
    const text = NAMED_ENTITIES[name];
    if (text === undefined) throw new Error(`undefined entity ${match}`);
    return text;
  }
  return String.fromCodePoint(hex === undefined ? Number(dec) : parseInt(hex, 16));
}

/**
 * XML's own entities only: the five predefined ones and numeric character references. The scanner has checked
 * every reference with {@link referenceEnd} before the parser runs, so the decoder meets no other.
 */
export const xmlEntities: NonNullable<X2jOptions['entityDecoder']> = {
  decode: (text) => (text.includes('&') ? text.replace(ENTITY, decodeEntity) : text),
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
};
