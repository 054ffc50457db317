/**
 * The outcome of a decode: `Left` with an error or `Right` with a value.
 *
 * Structurally identical to fp-ts's `Either`, so a `Result` can be passed to fp-ts functions as is.
 */
export type Result<E, A> =
  { readonly _tag: 'Left'; readonly left: E } | { readonly _tag: 'Right'; readonly right: A };

/** @internal */
export const left = <E>(left: E): Result<E, never> => ({ _tag: 'Left', left });

/** @internal */
export const right = <A>(right: A): Result<never, A> => ({ _tag: 'Right', right });
