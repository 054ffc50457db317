import * as t from 'io-ts';
import { isObjectNode, setNode } from '../plain';
import { isAbsent, isEmptyObjectNode } from './absent';
import { Children, FAILED } from './decode-run';
import { Text } from './text';
import { UnknownNodeCodec } from './unknown-node';

type Present<C extends t.Mixed> = Exclude<t.TypeOf<C>, undefined>;
type PresentOutput<C extends t.Mixed> = Exclude<t.OutputOf<C>, undefined>;

/** The decoded value of a {@link struct}: required nodes, then optional ones (absent rather than `undefined`). */
export type StructOf<R extends t.Props, O extends t.Props> = { readonly [K in keyof R]: Present<R[K]> } & {
  readonly [K in keyof O]?: Present<O[K]>;
};

/** What a {@link struct} encodes to: plain data, times back to text. */
export type StructOutput<R extends t.Props, O extends t.Props> = {
  readonly [K in keyof R]: PresentOutput<R[K]>;
} & {
  readonly [K in keyof O]?: PresentOutput<O[K]>;
};

/** A codec for a node with named children. */
export interface StructC<R extends t.Props, O extends t.Props> extends t.Type<
  StructOf<R, O>,
  StructOutput<R, O>,
  unknown
> {
  readonly kind: 'struct';
  readonly required: R;
  readonly optional: O;
}

/**
 * A node with named children, the building block of every callback node. Required children must be present
 * (not empty); an optional child that is absent or decodes to nothing is left out; children the node does not
 * model are kept as {@link UnknownNode}s, so nothing the sender wrote is dropped.
 */
export function struct<R extends t.Props, O extends t.Props>(
  name: string,
  required: R,
  optional: O,
): StructC<R, O> {
  const fields = new Map<string, t.Mixed>();
  for (const key of Object.keys(required)) fields.set(key, required[key] as t.Mixed);
  for (const key of Object.keys(optional)) fields.set(key, optional[key] as t.Mixed);
  const requiredKeys = Object.keys(required);
  const expected = `an object (${name})`;

  const validate: t.Validate<unknown, StructOf<R, O>> = (u, c) => {
    // Sent with no children (`<X/>`, or only layout between its tags): nothing, which its parent leaves out or
    // reports missing, before any of its own required children could be.
    if (!isObjectNode(u))
      return isEmptyObjectNode(u) ? t.success({} as StructOf<R, O>) : t.failure(u, c, expected);
    const input = u;
    const children = new Children(c);
    const output: Record<string, unknown> = {};
    let failed: Set<string> | undefined; // the children that failed
    for (const key in input) {
      // Written out, not aliased: V8 then sees the for-in's own-key check and drops it (an alias costs ~4 ns a key).
      if (!Object.prototype.hasOwnProperty.call(input, key)) continue;
      const raw = input[key];
      if (isAbsent(raw)) continue;
      const field = fields.get(key);
      if (field === Text && typeof raw === 'string') {
        output[key] = raw; // what Text.validate answers, without wrapping and unwrapping it
        continue;
      }
      const value = children.validate(field ?? UnknownNodeCodec, raw, key);
      if (value === FAILED) {
        if (children.done) return children.result(output as StructOf<R, O>);
        (failed ??= new Set()).add(key);
      } else if (isAbsent(value)) continue;
      else if (field === undefined)
        setNode(output, key, value); // an unmodelled name may be `__proto__`
      else output[key] = value;
    }
    for (const key of requiredKeys) {
      if (Object.prototype.hasOwnProperty.call(output, key) || failed?.has(key) === true) continue;
      children.missing(key, required[key] as t.Mixed, input[key]);
      if (children.done) break;
    }
    return children.result(output as StructOf<R, O>);
  };

  const encode = (a: StructOf<R, O>): StructOutput<R, O> => {
    const output: Record<string, unknown> = {};
    for (const key of Object.keys(a)) {
      const value = (a as Record<string, unknown>)[key];
      const field = fields.get(key);
      setNode(output, key, field === undefined ? value : field.encode(value));
    }
    return output as StructOutput<R, O>;
  };

  const is = (u: unknown): u is StructOf<R, O> =>
    isObjectNode(u) &&
    Object.keys(u).every((key) => {
      const field = fields.get(key);
      return (field ?? UnknownNodeCodec).is(u[key]);
    }) &&
    requiredKeys.every((key) => Object.prototype.hasOwnProperty.call(u, key));

  return Object.assign(new t.Type(name, is, validate, encode), {
    kind: 'struct' as const,
    required,
    optional,
  });
}
