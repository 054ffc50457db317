import * as t from './io';

/**
 * A text leaf, exactly as sent. A number or boolean (JSON bodies sometimes send `JobLevel: 0`) becomes its text;
 * nothing is ever parsed into a number.
 */
export const Text = new t.Type<string, string, unknown>(
  'text',
  (u): u is string => typeof u === 'string',
  (u, c) =>
    typeof u === 'string'
      ? t.success(u)
      : typeof u === 'number' || typeof u === 'boolean'
        ? t.success(String(u))
        : t.failure(u, c),
  t.identity,
);

/** A text leaf that must be one exact value, such as `EventName`. */
export function literal<V extends string>(value: V): t.Type<V, V, unknown> {
  return new t.Type<V, V, unknown>(
    JSON.stringify(value),
    (u): u is V => u === value,
    (u, c) => (u === value ? t.success(value) : t.failure(u, c)),
    t.identity,
  );
}
