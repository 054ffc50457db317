import * as t from './io';
import { isAbsent } from './absent';
import { validateChild } from './child';

/**
 * A node that can repeat, always decoded to an array: XML repeats the element with no wrapper, so one
 * element looks like a plain node, and JSON sometimes sends a one-element list as the bare value.
 * Empty elements are dropped; a list left empty is absent.
 */
export function many<C extends t.Mixed>(
  codec: C,
): t.Type<ReadonlyArray<t.TypeOf<C>>, ReadonlyArray<t.OutputOf<C>>, unknown> {
  return new t.Type<ReadonlyArray<t.TypeOf<C>>, ReadonlyArray<t.OutputOf<C>>, unknown>(
    `${codec.name}, one or a list`,
    (u): u is ReadonlyArray<t.TypeOf<C>> => Array.isArray(u) && u.every((item) => codec.is(item)),
    (u, c) => {
      const items: unknown[] = Array.isArray(u) ? u : [u];
      const output: Array<t.TypeOf<C>> = [];
      const errors: t.ValidationError[] = [];
      items.forEach((item, index) => {
        if (isAbsent(item)) return;
        const result = validateChild(codec, item, c, index);
        if (result._tag === 'Left') errors.push(...result.left);
        else if (!isAbsent(result.right)) output.push(result.right);
      });
      return errors.length > 0 ? t.failures(errors) : t.success(output);
    },
    (a) => a.map((item) => codec.encode(item) as t.OutputOf<C>),
  );
}

/**
 * A node that must occur once but that JSON bodies sometimes wrap in a one-element list (`JobsDetail`).
 * A list of several is an error, never a silent drop.
 */
export function one<C extends t.Mixed>(codec: C): t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown> {
  return new t.Type<t.TypeOf<C>, t.OutputOf<C>, unknown>(
    codec.name,
    codec.is,
    (u, c) => {
      if (!Array.isArray(u)) return codec.validate(u, c);
      if (u.length === 1) return codec.validate(u[0], c);
      return t.failure(u, c, `one ${codec.name}, not a list of ${u.length}`);
    },
    codec.encode,
  );
}
