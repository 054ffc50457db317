import * as t from 'io-ts';

/** Set while a failed child runs again with its own context, so that everything under it builds contexts too. */
let precise = false;

/**
 * Validates a child node, the way `codec.validate(value, t.appendContext(c, key, codec, value))` does, without
 * building a context on the success path (io-ts copies the whole context for every node). The child first runs
 * with its parent's context; only if it fails does it run again with its own, every node under it building its
 * context as before, so errors carry exactly the paths they always had. This is sound because whether a codec
 * succeeds, and with what, never depends on the context: only error paths do. A failure costs one more run of
 * the failing branch per level, linear in the depth.
 * @internal
 */
export function validateChild(
  codec: t.Mixed,
  value: unknown,
  c: t.Context,
  key: string | number,
): t.Validation<unknown> {
  if (!precise) {
    const probe = codec.validate(value, c);
    if (probe._tag === 'Right') return probe;
    precise = true;
    try {
      return validateChild(codec, value, c, key);
    } finally {
      precise = false;
    }
  }
  return codec.validate(value, t.appendContext(c, typeof key === 'number' ? `[${key}]` : key, codec, value));
}

/**
 * Runs `decode` with every child building its context up front, as io-ts codecs do: the reference the
 * property tests compare {@link validateChild} against.
 * @internal
 */
export function alwaysBuildingContexts<A>(decode: () => A): A {
  const before = precise;
  precise = true;
  try {
    return decode();
  } finally {
    precise = before;
  }
}
