import { expectTypeOf } from 'expect-type';
import type * as t from 'io-ts';
import { exactly, type ExactCodec, type Mismatch } from '../src/codecs/exactly';
import { many } from '../src/codecs/many';
import { struct, type StructOf } from '../src/codecs/struct';
import { literal, Text } from '../src/codecs/text';
import { JobTime } from '../src/codecs/time';

interface Leaf {
  readonly Name: string;
  readonly Note?: string;
}

interface Tree {
  readonly Kind: 'tree';
  readonly At?: Date;
  readonly Leaf?: Leaf;
  readonly Leaves?: readonly Leaf[];
}

const LeafCodec = exactly<Leaf>()(struct('Leaf', { Name: Text }, { Note: Text }));

describe('exactly', () => {
  it('returns the codec itself, with the metadata the encoder and the arbitraries read', () => {
    const codec = struct('Leaf', { Name: Text }, { Note: Text });
    const checked = exactly<Leaf>()(codec);
    expect(checked).toBe(codec);
    expect(checked).toMatchObject({ kind: 'struct', required: { Name: Text }, optional: { Note: Text } });
    expect(checked.decode({ Name: 'a', Note: '' })).toEqual({ _tag: 'Right', right: { Name: 'a' } });
  });
});

// Type-level: checked by `tsc -p .`; the functions are never called. Each `@ts-expect-error` line is a codec
// that `t.Type<Interface, unknown>` accepted (assignable both ways) and `exactly` rejects.

export function acceptsOnlyTheSameType(): void {
  expectTypeOf(LeafCodec).toEqualTypeOf<ExactCodec<Leaf>>();
  expectTypeOf<t.TypeOf<typeof LeafCodec>>().toEqualTypeOf<Leaf>();
  // A named codec inside, an inline struct inside (an intersection), lists of either: all the same type.
  exactly<Tree>()(
    struct('Tree', { Kind: literal('tree') }, { At: JobTime, Leaf: LeafCodec, Leaves: many(LeafCodec) }),
  );
  exactly<Tree>()(
    struct(
      'Tree',
      { Kind: literal('tree') },
      {
        At: JobTime,
        Leaf: struct('Leaf', { Name: Text }, { Note: Text }),
        Leaves: many(struct('Leaf', { Name: Text }, { Note: Text })),
      },
    ),
  );
}

export function rejectsAnyDifference(): void {
  // @ts-expect-error an optional node missing from the codec
  exactly<Leaf>()(struct('Leaf', { Name: Text }, {}));
  // @ts-expect-error a node missing from the interface
  exactly<Leaf>()(struct('Leaf', { Name: Text }, { Note: Text, Extra: Text }));
  // @ts-expect-error required in the interface, optional in the codec
  exactly<Leaf>()(struct('Leaf', {}, { Name: Text, Note: Text }));
  // @ts-expect-error optional in the interface, required in the codec
  exactly<Leaf>()(struct('Leaf', { Name: Text, Note: Text }, {}));
  // @ts-expect-error a list where the interface has one node
  exactly<Leaf>()(struct('Leaf', { Name: Text }, { Note: many(Text) }));
  // @ts-expect-error `string` where the interface has a literal
  exactly<Tree>()(struct('Tree', { Kind: Text }, { At: JobTime, Leaf: LeafCodec, Leaves: many(LeafCodec) }));
  exactly<Tree>()(
    // @ts-expect-error another literal
    struct('Tree', { Kind: literal('bush') }, { At: JobTime, Leaf: LeafCodec, Leaves: many(LeafCodec) }),
  );
  exactly<Tree>()(
    // @ts-expect-error text where the interface has a time
    struct('Tree', { Kind: literal('tree') }, { At: Text, Leaf: LeafCodec, Leaves: many(LeafCodec) }),
  );
  exactly<Tree>()(
    // @ts-expect-error a struct where the interface has a list
    struct('Tree', { Kind: literal('tree') }, { At: JobTime, Leaf: LeafCodec, Leaves: LeafCodec }),
  );
  exactly<Tree>()(
    // @ts-expect-error a difference inside an inline struct
    struct(
      'Tree',
      { Kind: literal('tree') },
      { At: JobTime, Leaf: struct('Leaf', { Name: Text }, {}), Leaves: many(LeafCodec) },
    ),
  );
  exactly<{ Name: string }>()(
    // @ts-expect-error readonly in the codec only
    struct('Leaf', { Name: Text }, {}),
  );
  exactly<{ readonly Name: string; readonly Note?: string | undefined }>()(
    // @ts-expect-error with exactOptionalPropertyTypes, `?: string | undefined` is another type
    struct('Leaf', { Name: Text }, { Note: Text }),
  );
}

// What the compiler prints, in "...is not assignable to parameter of type '{ readonly 'this codec does not
// decode to exactly its interface': <Mismatch> }'": the path to each difference, and how it differs.
type TextC = typeof Text;
type None = Record<never, never>;

export function namesEachDifference(): void {
  expectTypeOf<Mismatch<Leaf, StructOf<{ Name: TextC }, { Note: TextC }>>>().toBeNever();
  expectTypeOf<Mismatch<Leaf, StructOf<{ Name: TextC }, { Extra: TextC }>>>().toEqualTypeOf<{
    readonly Note: 'missing from the codec';
    readonly Extra: 'not in the interface';
  }>();
  expectTypeOf<Mismatch<Leaf, StructOf<{ Name: TextC; Note: TextC }, None>>>().toEqualTypeOf<{
    readonly Note: 'optional in the interface, required in the codec';
  }>();
  expectTypeOf<
    Mismatch<Tree, { readonly Kind: string; readonly Leaves?: readonly string[] }>
  >().toEqualTypeOf<{
    readonly Kind: { readonly interface: 'tree'; readonly codec: string };
    readonly At: 'missing from the codec';
    readonly Leaf: 'missing from the codec';
    readonly Leaves: { readonly 'each item': { readonly interface: Leaf; readonly codec: string } };
  }>();
  expectTypeOf<
    Mismatch<{ readonly Leaf?: Leaf }, { readonly Leaf?: StructOf<{ Name: TextC }, None> }>
  >().toEqualTypeOf<{ readonly Leaf: { readonly Note: 'missing from the codec' } }>();
}
