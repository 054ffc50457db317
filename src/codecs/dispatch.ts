import * as t from 'io-ts';

/**
 * The codec of a union decided by a look at the input. `select` is that look; `members()` lists the codecs
 * its values are encoded by (read lazily, so members registered later count).
 */
export interface DispatchC<A> extends t.Type<A, unknown, unknown> {
  readonly kind: 'dispatch';
  readonly select: (u: unknown) => t.Mixed | undefined;
  readonly members: () => readonly t.Mixed[];
}

/**
 * A union decided by one look at the input (a `Tag`, an `EventName`) rather than by trying every member:
 * faster, and its errors name the member's own paths.
 */
export function dispatch<A>(
  name: string,
  select: (u: unknown) => t.Mixed | undefined,
  expected: string,
  members: () => readonly t.Mixed[] = () => [],
): DispatchC<A> {
  const type = new t.Type<A, unknown, unknown>(
    name,
    (u): u is A => select(u)?.is(u) ?? false,
    (u, c) => {
      const codec = select(u);
      return codec === undefined ? t.failure(u, c, expected) : (codec.validate(u, c) as t.Validation<A>);
    },
    (a) => {
      const codec = select(a);
      return codec === undefined ? a : codec.encode(a);
    },
  );
  return Object.assign(type, { kind: 'dispatch' as const, select, members });
}
