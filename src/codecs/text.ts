import * as t from 'io-ts';

/** The codec of a text leaf, tagged so that tools (encoders, arbitraries) can tell it from other codecs. */
export interface TextC extends t.Type<string, string, unknown> {
  readonly kind: 'text';
}

/** The codec of a text leaf with one exact value; `value` is that value. */
export interface LiteralC<V extends string> extends t.Type<V, V, unknown> {
  readonly kind: 'literal';
  readonly value: V;
}

/**
 * A text leaf, exactly as sent. A number or boolean (JSON bodies sometimes send `JobLevel: 0`) becomes its text;
 * nothing is ever parsed into a number.
 */
export const Text: TextC = Object.assign(
  new t.Type<string, string, unknown>(
    'text',
    (u): u is string => typeof u === 'string',
    (u, c) =>
      typeof u === 'string'
        ? t.success(u)
        : typeof u === 'number' || typeof u === 'boolean'
          ? t.success(String(u))
          : t.failure(u, c),
    t.identity,
  ),
  { kind: 'text' as const },
);

/** A text leaf that must be one exact value, such as `EventName`. */
export function literal<V extends string>(value: V): LiteralC<V> {
  return Object.assign(
    new t.Type<V, V, unknown>(
      JSON.stringify(value),
      (u): u is V => u === value,
      (u, c) => (u === value ? t.success(value) : t.failure(u, c)),
      t.identity,
    ),
    { kind: 'literal' as const, value },
  );
}
