import type * as t from 'io-ts';
import type { DispatchC } from './dispatch';
import type { ManyC, OneC } from './many';
import { UnknownNodeCodec, UnknownNodesCodec } from './unknown-node';
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
export function shapeOf(codec: t.Decoder<unknown, unknown>): Shape | undefined {
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

/**
 * The literal value a struct requires at `key`, if any (a `Tag`, an `EventName`).
 * @internal
 */
export function literalAt(codec: t.Mixed, key: string): string | undefined {
  const shape = shapeOf(codec);
  if (shape?.kind !== 'struct' || !Object.prototype.hasOwnProperty.call(shape.required, key))
    return undefined;
  const field = shapeOf(shape.required[key] as t.Mixed);
  return field?.kind === 'literal' ? field.value : undefined;
}

/**
 * The key a union of structs dispatches on: a required child that every member, but at most one catch-all,
 * fixes to a literal (`Tag`, `EventName`).
 * @internal
 */
export function discriminantOf(members: readonly t.Mixed[]): string | undefined {
  const [first] = members;
  const shape = first === undefined ? undefined : shapeOf(first);
  if (shape?.kind !== 'struct') return undefined;
  return Object.keys(shape.required).find(
    (key) => members.filter((member) => literalAt(member, key) !== undefined).length >= members.length - 1,
  );
}

/**
 * What a codec expects, for a person: `text`, `an object (JobInput)`, `"TaskFinish" or "WorkflowFinish"`.
 * @internal
 */
export function expectedOf(codec: t.Decoder<unknown, unknown>): string {
  const shape = shapeOf(codec);
  switch (shape?.kind) {
    case 'text':
      return 'text';
    case 'literal':
      return JSON.stringify(shape.value);
    case 'many':
      return `${expectedOf(shape.item)}, one or a list`;
    case 'one':
      return expectedOf(shape.item).replace(shape.item.name, codec.name);
    case 'struct':
    case 'dispatch':
      return `an object (${codec.name})`;
    case 'time':
    case 'unknown':
    case undefined:
      return codec.name;
  }
}
