import fc from 'fast-check';
import { assertUsableMaxBytes, DEFAULT_MAX_BYTES, maxBytesOf } from '../src/options';

describe('maxBytesOf', () => {
  it('is the limit given when it is a whole number of bytes, 0 and 2^53 - 1 included', () => {
    expect(maxBytesOf({ maxBytes: 0 })).toBe(0);
    expect(maxBytesOf({ maxBytes: 256 * 1024 })).toBe(256 * 1024);
    expect(maxBytesOf({ maxBytes: Number.MAX_SAFE_INTEGER })).toBe(Number.MAX_SAFE_INTEGER);
    expect(maxBytesOf(undefined)).toBe(DEFAULT_MAX_BYTES);
    expect(maxBytesOf({})).toBe(DEFAULT_MAX_BYTES);
  });

  it('is always a byte limit, whatever the option holds: never NaN, negative, fractional or infinite', () => {
    fc.assert(
      fc.property(fc.anything(), (maxBytes) => {
        const limit = maxBytesOf({ maxBytes: maxBytes as number });
        expect(Number.isSafeInteger(limit) && limit >= 0).toBe(true);
        expect(limit === maxBytes || limit === DEFAULT_MAX_BYTES).toBe(true);
      }),
    );
  });
});

describe('assertUsableMaxBytes', () => {
  it('lets an absent option and a byte limit through', () => {
    expect(() => assertUsableMaxBytes(undefined, 'f')).not.toThrow();
    expect(() => assertUsableMaxBytes({}, 'f')).not.toThrow();
    expect(() => assertUsableMaxBytes({ maxBytes: 0 }, 'f')).not.toThrow();
  });

  it.each([
    [NaN, 'NaN'],
    [-1, '-1'],
    [1.5, '1.5'],
    [Infinity, 'Infinity'],
    [2 ** 53, '9007199254740992'],
    ['1024', '"1024"'],
    [null, 'null'],
    [{ valueOf: () => 1 }, 'an object'],
    [true, 'a boolean'],
  ])('throws a TypeError naming the caller and the value for %p', (maxBytes, shown) => {
    expect(() => assertUsableMaxBytes({ maxBytes: maxBytes as number }, 'setup')).toThrow(
      new TypeError(`setup: maxBytes must be a whole number of bytes from 0 to 2^53 - 1, not ${shown}`),
    );
  });
});
