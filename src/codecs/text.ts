import * as t from 'io-ts';
import { readsRepeatedText } from './decode-run';

/** The codec of a text leaf, tagged so that tools (encoders, arbitraries) can tell it from other codecs. */
export interface TextC extends t.Type<string, string, unknown> {
  readonly kind: 'text';
}

/** The codec of a text leaf with one exact value; `value` is that value. */
export interface LiteralC<V extends string> extends t.Type<V, V, unknown> {
  readonly kind: 'literal';
  readonly value: V;
}

/** The text a scalar leaf stands for: a string as is, a number or boolean as its text. */
const textOf = (u: unknown): string | undefined =>
  typeof u === 'string' ? u : typeof u === 'number' || typeof u === 'boolean' ? String(u) : undefined;

function text(repeats: boolean): TextC {
  return Object.assign(
    new t.Type<string, string, unknown>(
      'text',
      (u): u is string => typeof u === 'string',
      (u, c) => {
        let value = textOf(u);
        if (repeats && Array.isArray(u) && readsRepeatedText(c)) {
          value = textOf(u[0]);
          for (const item of u) if (textOf(item) !== value) value = undefined;
        }
        return value === undefined ? t.failure(u, c) : t.success(value);
      },
      t.identity,
    ),
    { kind: 'text' as const },
  );
}

/**
 * A text leaf, exactly as sent. A number or boolean (JSON bodies sometimes send `JobLevel: 0`) becomes its text;
 * nothing is ever parsed into a number. Sent several times, it is an error, with one exception: in a run that
 * reads repeated text (`RunOptions.repeatedText` in decode-run.ts: the job API's answers, whose SpeechRecognition
 * submit repeats `<JobLevel>0</JobLevel>`), the same text sent several times is that text; different texts are
 * still an error, never a silent pick.
 */
export const Text: TextC = text(true);

/**
 * A text leaf that must occur once, in every run: one that decides which codec reads its node (an unknown
 * `Tag`), so that the choice and the value never read it differently.
 */
export const SingleText: TextC = text(false);

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
