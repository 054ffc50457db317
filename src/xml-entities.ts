import type { X2jOptions } from 'fast-xml-parser';
import { isXmlChar } from './xml-syntax';

/** Raised inside fast-xml-parser by the entity decoder, and caught by the XML adapter. */
export class EntityError extends Error {}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(?:#x([0-9A-Fa-f]{1,8})|#([0-9]{1,10})|([^\s&;]*));/g;

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
export const xmlEntities: NonNullable<X2jOptions['entityDecoder']> = {
  decode: (text) => (text.includes('&') ? text.replace(ENTITY, decodeEntity) : text),
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
};
