/**
 * The part of io-ts's runtime the codecs use: the `Type` class, `success`, `failure`, `failures`, `identity`
 * and `appendContext`, written out as io-ts 2.2 defines them; every type is io-ts's own.
 *
 * Why not `import * as t from 'io-ts'`: io-ts defines all its codec classes and instances at module level
 * (`export var string = new StringType()`, classes as `(function (_super) {...})(Type)`), which no bundler may
 * drop, so that import costs every user of this package ~8 KB minified (~2.2 KB gzipped of the 5 KiB budget of
 * `cos-ci-callback/json`) of io-ts and fp-ts the library never calls. With this module the built package imports
 * neither at run time. Codecs made here are structurally io-ts `Type`s, so they still type-check as
 * `t.Type<X, unknown>` with `import type * as t from 'io-ts'`, and io-ts combinators accept them.
 *
 * Rule (enforced by eslint): files under src/ import io-ts for types only; values come from here.
 * @internal
 */
import type * as io from 'io-ts';

export type {
  Context,
  ContextEntry,
  Decoder,
  Encoder,
  Errors,
  Mixed,
  OutputOf,
  Props,
  TypeOf,
  Validate,
  Validation,
  ValidationError,
} from 'io-ts';

/** io-ts's `identity`: the encoder of a codec whose output is its value. */
export const identity = <A>(a: A): A => a;

/** io-ts's `failures`: a failed validation with these errors. */
export const failures = <T>(errors: io.Errors): io.Validation<T> => ({ _tag: 'Left', left: errors });

/** io-ts's `failure`: a failed validation of `value` at `context`. */
export const failure = <T>(value: unknown, context: io.Context, message?: string): io.Validation<T> =>
  failures([{ value, context, message } as io.ValidationError]);

/** io-ts's `success`. */
export const success = <T>(value: T): io.Validation<T> => ({ _tag: 'Right', right: value });

/** io-ts's `appendContext`: the context of a child, as a copy (contexts are kept by errors). */
export function appendContext(
  c: io.Context,
  key: string,
  decoder: io.Decoder<unknown, unknown>,
  actual?: unknown,
): io.Context {
  const entries: io.ContextEntry[] = c.slice();
  entries.push({ key, type: decoder, actual });
  return entries;
}

/** io-ts's `Type` class, member for member. */
class Codec<A, O = A, I = unknown> {
  constructor(
    readonly name: string,
    readonly is: io.Is<A>,
    readonly validate: io.Validate<I, A>,
    readonly encode: io.Encode<A, O>,
  ) {
    this.decode = this.decode.bind(this);
  }

  pipe<B, OB extends A>(ab: Codec<B, OB, A>, name = `pipe(${this.name}, ${ab.name})`): Codec<B, O, I> {
    const encode: io.Encode<B, O> =
      this.encode === identity && ab.encode === identity
        ? (identity as unknown as io.Encode<B, O>)
        : (b) => this.encode(ab.encode(b));
    return new Codec<B, O, I>(
      name,
      ab.is,
      (i, c) => {
        const e = this.validate(i, c);
        return e._tag === 'Left' ? e : ab.validate(e.right, c);
      },
      encode,
    );
  }

  asDecoder(): this {
    return this;
  }

  asEncoder(): this {
    return this;
  }

  decode(i: I): io.Validation<A> {
    return this.validate(i, [{ key: '', type: this as unknown as io.Decoder<I, A>, actual: i }]);
  }
}

/** io-ts's `Type`: `new Type(name, is, validate, encode)` makes a codec; the type is io-ts's own. */
export const Type = Codec as unknown as typeof io.Type;
/** io-ts's `Type`. */
export type Type<A, O = A, I = unknown> = io.Type<A, O, I>;
