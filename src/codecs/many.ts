import * as t from 'io-ts';
import { isAbsent } from './absent';
import { Children, FAILED } from './decode-run';

/** The codec of a node that can repeat; `item` is the codec of one occurrence. */
export interface ManyC<C extends t.Mixed> extends t.Type<
  ReadonlyArray<t.TypeOf<C>>,
  ReadonlyArray<t.OutputOf<C>>,
  unknown
> {
  readonly kind: 'many';
  readonly item: C;
}

/** The codec of a node that occurs once (JSON may wrap it in a one-element list); `item` is its own codec. */
export interface OneC<C extends t.Mixed> extends t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown> {
  readonly kind: 'one';
  readonly item: C;
}

/**
 * A node that can repeat, always decoded to an array: XML repeats the element with no wrapper, so one
 * element looks like a plain node, and JSON sometimes sends a one-element list as the bare value.
 * Empty elements are dropped; a list left empty is absent.
 */
export function many<C extends t.Mixed>(codec: C): ManyC<C> {
  const type = new t.Type<ReadonlyArray<t.TypeOf<C>>, ReadonlyArray<t.OutputOf<C>>, unknown>(
    `${codec.name}, one or a list`,
    (u): u is ReadonlyArray<t.TypeOf<C>> => Array.isArray(u) && u.every((item) => codec.is(item)),
    (u, c) => {
      const items: readonly unknown[] = Array.isArray(u) ? u : [u];
      const children = new Children(c);
      const output: Array<t.TypeOf<C>> = [];
      for (let index = 0; index < items.length; index++) {
        const item = items[index];
        if (isAbsent(item)) continue;
        const value = children.validate(codec, item, index);
        if (value === FAILED) {
          if (children.done) break;
        } else if (!children.failed && !isAbsent(value)) output.push(value);
      }
      return children.result(output);
    },
    (a) => a.map((item) => codec.encode(item) as t.OutputOf<C>),
  );
  return Object.assign(type, { kind: 'many' as const, item: codec });
}

/**
 * A node that must occur once but that JSON bodies sometimes wrap in a one-element list (`JobsDetail`).
 * A list of several is an error, never a silent drop; a list of one that holds nothing is nothing, as the node
 * sent bare would be (its parent leaves it out or reports it missing).
 */
export function one<C extends t.Mixed>(codec: C): OneC<C> {
  const type = new t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown>(
    codec.name,
    codec.is,
    (u, c) => {
      if (!Array.isArray(u)) return codec.validate(u, c);
      if (u.length === 1) return isAbsent(u[0]) ? t.success(u[0] as t.TypeOf<C>) : codec.validate(u[0], c);
      return t.failure(u, c, `a single ${codec.name}`);
    },
    codec.encode,
  );
  return Object.assign(type, { kind: 'one' as const, item: codec });
}
