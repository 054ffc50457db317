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

const isScalar = (u: unknown): u is string | number | boolean =>
  typeof u === 'string' || typeof u === 'number' || typeof u === 'boolean';

/** The one text every item of a list stands for, or `undefined` when the items differ or are not text. */
function sameText(items: readonly unknown[]): string | undefined {
  const [first] = items;
  if (!isScalar(first)) return undefined;
  const text = String(first);
  for (const item of items) if (!isScalar(item) || String(item) !== text) return undefined;
  return text;
}

const textOnce = (u: unknown): string | undefined => (isScalar(u) ? String(u) : undefined);

function text(name: string, read: (u: unknown) => string | undefined, message?: string): TextC {
  return Object.assign(
    new t.Type<string, string, unknown>(
      name,
      (u): u is string => typeof u === 'string',
      (u, c) => {
        if (typeof u === 'string') return t.success(u);
        const value = read(u);
        return value === undefined
          ? t.failure(u, c, Array.isArray(u) ? message : undefined)
          : t.success(value);
      },
      t.identity,
    ),
    { kind: 'text' as const },
  );
}

/**
 * A text leaf, exactly as sent. A number or boolean (JSON bodies sometimes send `JobLevel: 0`) becomes its text;
 * nothing is ever parsed into a number. A leaf sent several times with the same text is that text (the job
 * API's SpeechRecognition answer repeats `<JobLevel>0</JobLevel>`); with different texts it is an error, never
 * a silent pick.
 */
export const Text: TextC = text(
  'text',
  (u) => (Array.isArray(u) ? sameText(u) : textOnce(u)),
  'one text (it repeats with different values)',
);

/**
 * A text leaf that must occur once: one that decides which codec reads its node (an unknown `Tag`), so that the
 * choice and the value never read it differently.
 */
export const SingleText: TextC = text('text', textOnce);

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
