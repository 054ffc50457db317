/**
 * Plain data: what a format adapter hands to the codecs. Text leaves, arrays for repeated nodes, and objects
 * whose keys are node names. Adapters build it with {@link setNode}, so no node name can reach a prototype.
 */
export type PlainData = string | number | boolean | null | readonly PlainData[] | PlainObject;

/** A node with named children. */
export interface PlainObject {
  readonly [name: string]: PlainData;
}

/**
 * Is `u` a node with named children: an object, not a list?
 * @internal
 */
export const isObjectNode = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u);

/**
 * The key under which a node with named children keeps the text sent beside them (XML's mixed content): a name in
 * the plain-data contract, so that a codec knows it without knowing XML. A struct keeps it as an unmodelled node;
 * a map, whose every other key is an entry, reports it. No XML element can have this name.
 */
export const MIXED_TEXT = '#text';

/** The deepest nesting a body may have; real callbacks nest about ten levels. */
export const MAX_DEPTH = 64;

/**
 * Sets `object[name] = value` as an own data property, even for `__proto__`.
 * @internal
 */
export function setNode(object: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') {
    Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
  } else {
    object[name] = value;
  }
}
