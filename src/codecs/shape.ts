import type * as t from 'io-ts';
import type { DispatchC } from './dispatch';
import type { ManyC, OneC } from './many';
import { UnknownNodeCodec, UnknownNodesCodec } from './node';
import type { StructC } from './struct';
import type { LiteralC, TextC } from './text';
import type { TimeC } from './time';

/**
 * What a codec is, read from the metadata the builders attach: the one place that walks codecs generically,
 * so that the encoder and the arbitraries cover every Tag a model file adds without listing it.
 * @internal
 */
export type Shape =
  | StructC<t.Props, t.Props>
  | ManyC<t.Mixed>
  | OneC<t.Mixed>
  | DispatchC<unknown>
  | TextC
  | LiteralC<string>
  | TimeC
  | { readonly kind: 'unknown' };

const UNKNOWN = { kind: 'unknown' } as const;

const KINDS = new Set(['struct', 'many', 'one', 'dispatch', 'text', 'literal', 'time']);

/**
 * The shape of a codec, or `undefined` for a codec built without this module's metadata.
 * `UnknownNodeCodec` and `UnknownNodesCodec` (unmodelled data) are `unknown`.
 * @internal
 */
export function shapeOf(codec: t.Mixed): Shape | undefined {
  if ((codec as unknown) === UnknownNodeCodec || (codec as unknown) === UnknownNodesCodec) return UNKNOWN;
  const kind = (codec as { kind?: unknown }).kind;
  return typeof kind === 'string' && KINDS.has(kind) ? (codec as Shape) : undefined;
}

/**
 * The codec of a struct's child `name`, or `undefined` for a child it does not model (kept as unknown data).
 * @internal
 */
export function fieldOf(struct: StructC<t.Props, t.Props>, name: string): t.Mixed | undefined {
  if (Object.prototype.hasOwnProperty.call(struct.required, name)) return struct.required[name];
  if (Object.prototype.hasOwnProperty.call(struct.optional, name)) return struct.optional[name];
  return undefined;
}
