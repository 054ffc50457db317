import fc from 'fast-check';
import { Integer } from '../src/codecs/integer';

const decoded = (u: unknown): unknown => {
  const result = Integer.decode(u);
  return result._tag === 'Right' ? result.right : `Left: ${result.left[0]?.message ?? Integer.name}`;
};

describe('Integer', () => {
  it('reads JSON numbers that are safe integers', () => {
    expect(decoded(0)).toBe(0);
    expect(decoded(100)).toBe(100);
    expect(decoded(-3)).toBe(-3);
    expect(decoded(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(decoded(-Number.MAX_SAFE_INTEGER)).toBe(-Number.MAX_SAFE_INTEGER);
  });

  it('reads decimal text in its canonical form, as XML (and the JSON adapter) deliver it', () => {
    expect(decoded('0')).toBe(0);
    expect(decoded('12')).toBe(12);
    expect(decoded('-3')).toBe(-3);
    expect(decoded('9007199254740991')).toBe(9007199254740991);
  });

  it('takes empty or blank text as absent', () => {
    expect(decoded('')).toBeUndefined();
    expect(decoded(' \n\t ')).toBeUndefined();
  });

  it('refuses whitespace neither format has (U+3000, U+00A0, U+FEFF): content, not blank', () => {
    for (const u of ['\u3000', '\u00a0', '\ufeff', ' \u2028 ']) expect(decoded(u)).toBe('Left: an integer');
  });

  it('refuses what is not an integer, rather than guess', () => {
    for (const u of [
      '1.5',
      '1.0',
      '1e3',
      '0x1F',
      '+1',
      '007',
      '-0',
      ' 1',
      '1 ',
      '١٢',
      'abc',
      'Infinity',
      'NaN',
    ])
      expect([u, decoded(u)]).toEqual([u, 'Left: an integer']);
    for (const u of [1.5, Number.NaN, Number.POSITIVE_INFINITY, -0, true, null, {}, [1]])
      expect(decoded(u)).toBe('Left: an integer');
  });

  it('refuses integers a number cannot hold exactly, as text or as numbers', () => {
    const beyond = 'Left: an integer from -9007199254740991 to 9007199254740991';
    expect(decoded('9007199254740992')).toBe(beyond);
    expect(decoded('9007199254740993')).toBe(beyond);
    expect(decoded('-9007199254740993')).toBe(beyond);
    expect(decoded('1234567890123456789012')).toBe(beyond);
    expect(decoded(2 ** 53)).toBe(beyond);
    expect(decoded(1e300)).toBe(beyond);
  });

  it('gives back exactly the text it read: String(value) is the input, for every safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const text = String(n);
        expect(decoded(text)).toBe(n);
        expect(String(decoded(text))).toBe(text);
        expect(decoded(n)).toBe(n);
      }),
    );
  });

  it('accepts no text that it would not give back as sent', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('0', '1', '9', '-', '+', '.', 'e', ' ') }), (text) => {
        const value = decoded(text);
        if (typeof value === 'number') expect(String(value)).toBe(text);
        else if (value !== undefined) expect(value).toMatch(/^Left: /);
      }),
    );
  });

  it('is tagged for the tools that walk codecs, and knows its own values', () => {
    expect(Integer.kind).toBe('integer');
    expect(Integer.is(3)).toBe(true);
    expect(Integer.is(undefined)).toBe(true);
    expect(Integer.is('3')).toBe(false);
    expect(Integer.is(1.5)).toBe(false);
    expect(Integer.encode(3)).toBe(3);
  });
});
