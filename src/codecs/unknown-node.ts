import * as t from 'io-ts';
import { isObjectNode, setNode } from '../plain';
import { isAbsent, isBlankText } from './absent';

/** A node the library does not model, kept as it came: text, a list, or an object of nodes. */
export type UnknownNode = string | readonly UnknownNode[] | { readonly [name: string]: UnknownNode };

/** An object of nodes the library does not model. */
export interface UnknownNodes {
  readonly [name: string]: UnknownNode;
}

/**
 * Applies the rules to a node, copying only what they change: a list or an object whose nodes all stay as they
 * are is returned as it is (plain data is built fresh for each decode, so the value may share it), and a
 * changed one is copied from its first change on. So unmodelled data is not held twice at the end of a decode.
 */
function normalize(u: unknown): UnknownNode | undefined {
  if (typeof u === 'string') return u === '' ? undefined : u;
  if (typeof u === 'number' || typeof u === 'boolean') return String(u);
  if (Array.isArray(u)) {
    let items: UnknownNode[] | undefined; // the copy, once an item changed
    for (let i = 0; i < u.length; i++) {
      const item: unknown = u[i];
      const node = normalize(item);
      if (items === undefined) {
        if (node === item && node !== undefined) continue;
        items = (u as UnknownNode[]).slice(0, i);
      }
      if (node !== undefined) items.push(node);
    }
    const result = items ?? (u as UnknownNode[]);
    return result.length === 0 ? undefined : result;
  }
  if (typeof u === 'object' && u !== null) {
    const input = u as Record<string, unknown>;
    let object: Record<string, UnknownNode> | undefined; // the copy, once a node changed
    let empty = true;
    for (const key in input) {
      if (!Object.prototype.hasOwnProperty.call(input, key)) continue; // written out, not aliased: V8 then drops it
      const raw = input[key];
      const node = normalize(raw);
      if (object === undefined && (node !== raw || node === undefined)) {
        object = {};
        for (const earlier in input) {
          if (earlier === key) break;
          if (Object.prototype.hasOwnProperty.call(input, earlier)) setNode(object, earlier, input[earlier]);
        }
      }
      if (node === undefined) continue;
      empty = false;
      if (object !== undefined) setNode(object, key, node);
    }
    return empty ? undefined : (object ?? (input as UnknownNodes));
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
  (u): u is UnknownNodes => isObjectNode(u),
  (u, c) => {
    if (isBlankText(u)) return t.success({});
    if (!isObjectNode(u)) return t.failure(u, c);
    const node = normalize(u);
    return t.success((node ?? {}) as UnknownNodes);
  },
  t.identity,
);
