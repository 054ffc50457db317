import * as t from 'io-ts';
import { isBlankText } from './absent';

/** The codec of a leaf Tencent documents as Integer, tagged so that tools can tell it from other codecs. */
export interface IntegerC extends t.Type<number | undefined, number | undefined, unknown> {
  readonly kind: 'integer';
}

/** Decimal integer text in its one canonical form: no sign but `-`, no leading zero, no `-0`. */
const DECIMAL = /^(?:0|-?[1-9]\d*)$/;

const INTEGER = 'an integer';
const SAFE = 'an integer from -9007199254740991 to 9007199254740991';

/**
 * A leaf documented as Integer (`Score`, `HitFlag`, `Result`, `code` ...), as a `number`. It accepts a JSON
 * number that is a safe integer, or decimal integer text as XML (and the JSON adapter) deliver it: `0`, `12`,
 * `-3`. Text is read only in its canonical form, so `String(value)` gives back exactly what was sent; anything
 * else (`+1`, `007`, `-0`, ` 1`, `1.0`, `1e3`, `0x1F`, a fraction, a boolean) is an issue at the leaf, and so is
 * an integer beyond `Number.MAX_SAFE_INTEGER` either way, which a `number` could not hold exactly. Empty or
 * blank text is absent.
 */
export const Integer: IntegerC = Object.assign(
  new t.Type<number | undefined, number | undefined, unknown>(
    INTEGER,
    (u): u is number | undefined => u === undefined || (Number.isSafeInteger(u) && !Object.is(u, -0)),
    (u, c) => {
      if (typeof u === 'number') {
        if (Number.isSafeInteger(u) && !Object.is(u, -0)) return t.success(u);
        return t.failure(u, c, Number.isInteger(u) && !Number.isSafeInteger(u) ? SAFE : INTEGER);
      }
      if (typeof u !== 'string') return t.failure(u, c, INTEGER);
      if (isBlankText(u)) return t.success(undefined);
      if (!DECIMAL.test(u)) return t.failure(u, c, INTEGER);
      const value = Number(u);
      return Number.isSafeInteger(value) ? t.success(value) : t.failure(u, c, SAFE);
    },
    t.identity,
  ),
  { kind: 'integer' as const },
);
