/** Arbitraries of what the library does not model: unknown nodes, and unmodelled children of modelled nodes. */

import * as fc from 'fast-check';
import type { UnknownNode, UnknownNodes } from '../codecs/unknown-node';
import { setNode } from '../plain';
import { MIXED_TEXT } from '../xml-conventions';
import { mixedTextArbitrary, nameArbitrary, textArbitrary } from './leaves';
import type { Context } from './context';

/** A value one time in `oneIn`, `undefined` otherwise. */
export const sometimes = <T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 1, arbitrary }, { weight: oneIn - 1, arbitrary: fc.constant(undefined) });

/** An object from entries, each an own data property (even `__proto__`). */
export function objectOf(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) if (value !== undefined) setNode(object, key, value);
  return object;
}

/** Unmodelled children for an object whose modelled children are `taken`, and maybe mixed-content text. */
export function extraChildren(
  ctx: Context,
  taken: ReadonlySet<string>,
  depth: number,
): fc.Arbitrary<ReadonlyArray<readonly [string, unknown]>> {
  const value = unknownValue(ctx, depth);
  return fc.uniqueArray(
    fc.tuple(
      nameArbitrary(ctx).filter((name) => !taken.has(name)),
      value,
    ),
    { selector: ([name]) => name, maxLength: 2 },
  );
}

/** A node the library does not model: text, or an object of nodes. */
function unknownNode(ctx: Context, depth: number): fc.Arbitrary<UnknownNode> {
  if (depth <= 0) return textArbitrary(ctx);
  return fc.oneof(
    { weight: 2, arbitrary: textArbitrary(ctx) },
    { weight: 1, arbitrary: unknownObject(ctx, depth - 1) },
  );
}

/** A node's value: one node, or a list of them (in JSON, lists inside lists too). */
export function unknownValue(ctx: Context, depth: number): fc.Arbitrary<UnknownNode> {
  const node = unknownNode(ctx, depth);
  const item = ctx.json
    ? fc.oneof(
        { weight: 4, arbitrary: node },
        { weight: 1, arbitrary: fc.array(node, { minLength: 1, maxLength: 2 }) },
      )
    : node;
  return fc.oneof(
    { weight: 3, arbitrary: node },
    { weight: 1, arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }) },
  );
}

/** A non-empty object of unmodelled nodes, with mixed-content text sometimes (as the XML decoder keeps it). */
export function unknownObject(ctx: Context, depth: number): fc.Arbitrary<UnknownNodes> {
  const entries = fc.uniqueArray(fc.tuple(nameArbitrary(ctx), unknownValue(ctx, depth)), {
    selector: ([name]) => name,
    minLength: 1,
    maxLength: 3,
  });
  const withEntries = fc.tuple(entries, sometimes(mixedTextArbitrary(ctx), 8)).map(([pairs, text]) => {
    const withText =
      text === undefined || pairs.some(([name]) => name === MIXED_TEXT)
        ? pairs
        : [...pairs, [MIXED_TEXT, text] as const];
    return objectOf(withText) as UnknownNodes;
  });
  // What XML gives for text beside elements that were all empty: an object holding only `#text`.
  const textOnly = mixedTextArbitrary(ctx).map((text) => objectOf([[MIXED_TEXT, text]]) as UnknownNodes);
  return fc.oneof({ weight: 12, arbitrary: withEntries }, { weight: 1, arbitrary: textOnly });
}
