import * as t from 'io-ts';
import { setNode } from '../plain';
import { isAbsent } from './absent';

/** A node the library does not model, kept as it came: text, a list, or an object of nodes. */
export type UnknownNode = string | readonly UnknownNode[] | { readonly [name: string]: UnknownNode };

/** An object of nodes the library does not model. */
export interface UnknownNodes {
  readonly [name: string]: UnknownNode;
}

function normalize(u: unknown): UnknownNode | undefined {
  if (typeof u === 'string') return u === '' ? undefined : u;
  if (typeof u === 'number' || typeof u === 'boolean') return String(u);
  if (Array.isArray(u)) {
    const items: UnknownNode[] = [];
    for (const item of u) {
      const node = normalize(item);
      if (node !== undefined) items.push(node);
    }
    return items.length === 0 ? undefined : items;
  }
  if (typeof u === 'object' && u !== null) {
    const object: Record<string, UnknownNode> = {};
    let empty = true;
    for (const key of Object.keys(u)) {
      const node = normalize((u as Record<string, unknown>)[key]);
      if (node === undefined) continue;
      setNode(object, key, node);
      empty = false;
    }
    return empty ? undefined : object;
  }
  return undefined;
}

/**
 * Any plain data, kept with the same rules as modelled nodes: scalars become text, empty values are dropped.
 * Decodes to `undefined` when nothing is left.
 */
export const UnknownNodeCodec = new t.Type<UnknownNode | undefined, UnknownNode | undefined, unknown>(
  'any node',
  (u): u is UnknownNode | undefined => u === undefined || !isAbsent(u),
  (u) => t.success(normalize(u)),
  t.identity,
);

/** An object of unmodelled nodes, as an `Operation` of a Tag the library does not know. */
export const UnknownNodesCodec = new t.Type<UnknownNodes, UnknownNodes, unknown>(
  'an object',
  (u): u is UnknownNodes => typeof u === 'object' && u !== null && !Array.isArray(u),
  (u, c) => {
    if (typeof u === 'string' && u.trim() === '') return t.success({});
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return t.failure(u, c);
    const node = normalize(u);
    return t.success((node ?? {}) as UnknownNodes);
  },
  t.identity,
);
