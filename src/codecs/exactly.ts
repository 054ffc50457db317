import type * as t from 'io-ts';

/**
 * Whether the compiler sees `A` and `B` as one type: the same properties, with the same `?` and `readonly`,
 * of identical types. Stricter than assignability both ways, which lets `{ a?: string }` equal `{}`.
 */
type Identical<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/** An object's properties as one object type: a struct's intersection compares as the interface it spells. */
type Flat<T> = { [K in keyof T]: T[K] };

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/** An object compared property by property: no union, no array, no index signature, no `Date`. */
type IsRecord<T> = [T] extends [object]
  ? [T] extends [readonly unknown[] | Date | ((...args: never) => unknown)]
    ? false
    : true extends IsUnion<T>
      ? false
      : string extends keyof T
        ? false
        : true
  : false;

type IsOptional<T, K extends keyof T> = Record<never, never> extends Pick<T, K> ? true : false;
type IsReadonly<T, K extends keyof T> = Identical<Pick<T, K>, Readonly<Pick<T, K>>>;

/** How property `K` of the interface `I` and of the codec's type `C` differ, or `never`. */
type MismatchAt<I, C, K> = K extends keyof I
  ? K extends keyof C
    ? [Identical<Pick<I, K>, Pick<C, K>>, Identical<Required<I>[K], Required<C>[K]>] extends [true, true]
      ? never
      : Identical<IsOptional<I, K>, IsOptional<C, K>> extends false
        ? IsOptional<I, K> extends true
          ? 'optional in the interface, required in the codec'
          : 'required in the interface, optional in the codec'
        : Identical<IsReadonly<I, K>, IsReadonly<C, K>> extends false
          ? IsReadonly<I, K> extends true
            ? 'readonly in the interface, not in the codec'
            : 'readonly in the codec, not in the interface'
          : Mismatch<Required<I>[K], Required<C>[K]>
    : 'missing from the codec'
  : 'not in the interface';

/** The properties whose declarations differ, each with how. */
type MismatchesIn<I, C> = {
  [K in keyof I | keyof C as [MismatchAt<I, C, K>] extends [never] ? never : K]: MismatchAt<I, C, K>;
};

type ItemMismatch<I, C> = [Mismatch<I, C>] extends [never] ? never : { readonly 'each item': Mismatch<I, C> };

/**
 * How `I` (an interface) and `C` (what a codec decodes to) differ, as a path to each difference, or `never`
 * if they are one type. A struct decodes to an intersection, and a struct written inline (an `Operation`)
 * nests one: such pairs are compared property by property. Declared types are compared through `-?` mapped
 * types written in place: identity takes an optional property's `undefined` for one written `| undefined`,
 * and relates two instances of one alias (`Required<X>`, `Required<Y>`) by their arguments alone.
 * Identical types end the walk, so recursive ones (`UnknownNode`) are never unrolled.
 */
export type Mismatch<I, C> =
  Identical<I, C> extends true
    ? never
    : [I, C] extends [readonly (infer EI)[], readonly (infer EC)[]]
      ? Identical<I extends unknown[] ? true : false, C extends unknown[] ? true : false> extends true
        ? ItemMismatch<EI, EC>
        : { readonly interface: I; readonly codec: C }
      : [IsRecord<I>, IsRecord<C>] extends [true, true]
        ? [
            Identical<Flat<I>, Flat<C>>,
            Identical<{ [K in keyof I]-?: I[K] }, { [K in keyof C]-?: C[K] }>,
          ] extends [true, true]
          ? never // the same properties, modifiers and declared types: the common case, checked at once
          : MismatchesIn<Flat<I>, Flat<C>> extends infer M
            ? keyof M extends never
              ? never
              : { readonly [K in keyof M]: M[K] }
            : never
        : { readonly interface: I; readonly codec: C };

/** The codec when it decodes to exactly `I`; otherwise an object no codec is, naming the mismatch. */
type Verdict<I, C extends t.Mixed> = [Mismatch<I, t.TypeOf<C>>] extends [never]
  ? C
  : { readonly 'this codec does not decode to exactly its interface': Mismatch<I, t.TypeOf<C>> };

declare const exact: unique symbol;

/** A codec proven, by {@link exactly}, to decode to exactly `A`. */
export interface ExactCodec<A> extends t.Type<A, unknown, unknown> {
  /** Type-only: marks the codec as checked; never set at run time. */
  readonly [exact]: A;
}

const checked = <C>(codec: C): C => codec;

/**
 * Declares the codec of interface `I`: `exactly<JobInput>()(struct(...))`. The compiler rejects any
 * difference between `I` and what the codec decodes to, in either direction: a node the codec lacks (also an
 * optional one), a node the interface lacks, `?` or `readonly` on one side only, another type (`string` for
 * a literal, a list for one node, text for a time). The error names the property and how it differs. At run
 * time it returns the codec itself, with the metadata the encoder and the arbitraries read.
 * @internal
 */
export function exactly<I>(): <C extends t.Mixed>(codec: Verdict<I, C>) => ExactCodec<I> {
  return checked as never;
}
