import type * as t from 'io-ts';
import type { DispatchC } from './dispatch';
import type { IntegerC } from './integer';
import type { ManyC, OneC } from './many';
import type { RecordC } from './record';
import type { StructC } from './struct';
import type { LiteralC, TextC } from './text';
import type { TimeC } from './time';
import { UnknownNodeCodec, UnknownNodesCodec } from './unknown-node';

/** Codecs of nodes that hold other nodes: named children, repetitions of one, or a map of any names to one. */
type Container = StructC<t.Props, t.Props> | ManyC<t.Mixed> | RecordC<t.Mixed>;

/** Codecs that read nothing themselves: each hands the node to another codec. */
type Choice = OneC<t.Mixed> | DispatchC<unknown>;

/** Codecs of leaves. */
type Leaf = TextC | LiteralC<string> | TimeC | IntegerC;

/**
 * What a codec is, read from the metadata the builders attach: this module is the one place that walks codecs
 * generically, so that the encoder, the error report and the arbitraries cover every Tag a model file adds
 * without listing it. A new kind of codec is added to one of the unions above and to {@link KINDS}; the compiler
 * then names each `switch` over kinds that must say what to do with it.
 * @internal
 */
export type Shape = Container | Choice | Leaf | { readonly kind: 'unknown' };

/** The shape of a codec once a {@link Choice} has made its choice. */
export type ChosenShape = Exclude<Shape, Choice>;

const UNKNOWN = { kind: 'unknown' } as const;

/** Every kind a builder attaches; the `satisfies` makes the compiler insist on exactly the kinds of {@link Shape}. */
const KINDS = {
  struct: true,
  many: true,
  one: true,
  dispatch: true,
  record: true,
  text: true,
  literal: true,
  time: true,
  integer: true,
} satisfies { readonly [K in Exclude<Shape['kind'], 'unknown'>]: true };

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The shape of a codec, or `undefined` for a codec built without this module's metadata.
 * `UnknownNodeCodec` and `UnknownNodesCodec` (unmodelled data) are `unknown`.
 * @internal
 */
export function shapeOf(codec: t.Decoder<unknown, unknown>): Shape | undefined {
  if ((codec as unknown) === UnknownNodeCodec || (codec as unknown) === UnknownNodesCodec) return UNKNOWN;
  const kind = (codec as { kind?: unknown }).kind;
  return typeof kind === 'string' && hasOwn.call(KINDS, kind) ? (codec as Shape) : undefined;
}

/**
 * The codec walk: the shape of the codec that reads `value` where `codec` stands. A `one` hands the node to its
 * item, a `dispatch` to the member it selects for `value`. `undefined` where nothing models the node (no codec,
 * or a union no member of which takes `value`).
 * @internal
 */
export function shapeFor(codec: t.Mixed | undefined, value: unknown): ChosenShape | undefined {
  for (let current = codec; current !== undefined;) {
    const shape = shapeOf(current);
    if (shape === undefined) return undefined;
    if (shape.kind === 'one') current = shape.item;
    else if (shape.kind === 'dispatch') current = shape.select(value);
    else return shape;
  }
  return undefined;
}

/**
 * The codec of the child `name` of a node of this shape (a map's every child has the map's value codec), or
 * `undefined` for a child it does not model (kept as unknown data).
 * @internal
 */
export function childOf(shape: ChosenShape | undefined, name: string): t.Mixed | undefined {
  if (shape?.kind === 'struct') return fieldOf(shape, name);
  return shape?.kind === 'record' ? shape.value : undefined;
}

/**
 * The codec of a struct's child `name`, or `undefined` for a child it does not model (kept as unknown data).
 * @internal
 */
export function fieldOf(struct: StructC<t.Props, t.Props>, name: string): t.Mixed | undefined {
  if (hasOwn.call(struct.required, name)) return struct.required[name];
  if (hasOwn.call(struct.optional, name)) return struct.optional[name];
  return undefined;
}

/**
 * The literal value a struct requires at `key`, if any (a `Tag`, an `EventName`).
 * @internal
 */
export function literalAt(codec: t.Mixed, key: string): string | undefined {
  const shape = shapeOf(codec);
  if (shape?.kind !== 'struct' || !hasOwn.call(shape.required, key)) return undefined;
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
    case 'record':
      return `an object (${codec.name})`;
    case 'time':
    case 'integer':
    case 'unknown':
    case undefined:
      return codec.name;
  }
}
