import * as t from 'io-ts';
import { isObjectNode, MIXED_TEXT, setNode } from '../plain';
import { isAbsent, isEmptyObjectNode } from './absent';
import { Children, FAILED } from './decode-run';

/** The codec of a map: a node whose children have any names and one codec, `value`. */
export interface RecordC<C extends t.Mixed> extends t.Type<
  Readonly<Record<string, Exclude<t.TypeOf<C>, undefined>>>,
  Readonly<Record<string, Exclude<t.OutputOf<C>, undefined>>>,
  unknown
> {
  readonly kind: 'record';
  readonly value: C;
}

const BESIDE = 'no text beside the entries';

/** What a map reads at {@link MIXED_TEXT}: text sent beside its entries, always an issue there. */
const TextBeside = new t.Type<unknown>(
  BESIDE,
  t.never.is, // no value belongs here
  (u, c) => t.failure(u, c, BESIDE),
  t.identity,
);

/**
 * A map as sent: a node whose every child, whatever its name, is read by `value` (moderation's `CosHeaders`, from
 * header names to text). Every name is kept as an own property (even `__proto__`); a child that is absent or
 * decodes to nothing is left out, and a node sent empty is an empty map. Text sent beside the entries
 * ({@link MIXED_TEXT}) is an issue, never an entry: a map has nowhere to keep it.
 */
export function record<C extends t.Mixed>(name: string, value: C): RecordC<C> {
  type A = Readonly<Record<string, Exclude<t.TypeOf<C>, undefined>>>;
  type O = Readonly<Record<string, Exclude<t.OutputOf<C>, undefined>>>;
  const expected = `an object (${name})`;
  const map = (u: Readonly<Record<string, unknown>>, f: (v: unknown) => unknown) => {
    const output: Record<string, unknown> = {};
    for (const key of Object.keys(u)) setNode(output, key, f(u[key]));
    return output;
  };
  const type = new t.Type<A, O, unknown>(
    name,
    (u): u is A => isObjectNode(u) && Object.keys(u).every((key) => key !== MIXED_TEXT && value.is(u[key])),
    (u, c) => {
      if (!isObjectNode(u)) return isEmptyObjectNode(u) ? t.success({}) : t.failure(u, c, expected);
      const children = new Children(c);
      const output: Record<string, unknown> = {};
      for (const key of Object.keys(u)) {
        const raw = u[key];
        if (isAbsent(raw)) continue;
        const decoded = children.validate(key === MIXED_TEXT ? TextBeside : value, raw, key);
        if (decoded === FAILED) {
          if (children.done) break;
        } else if (!children.failed && !isAbsent(decoded)) setNode(output, key, decoded);
      }
      return children.result(output as A);
    },
    (a) => map(a, (v) => value.encode(v)) as O,
  );
  return Object.assign(type, { kind: 'record' as const, value });
}
