import fc from 'fast-check';
import { parseJson } from '../src/json-adapter';

const value = (json: string): unknown => {
  const result = parseJson(json);
  if (result._tag === 'Left') throw new Error(JSON.stringify(result.left));
  return result.right;
};

describe('parseJson', () => {
  it('returns the parsed value when it holds no numbers', () => {
    expect(value('{"a":"000123","b":["x",{"c":true}],"d":null}')).toEqual({
      a: '000123',
      b: ['x', { c: true }],
      d: null,
    });
  });

  it('keeps numbers as the text the sender wrote', () => {
    expect(
      value(
        '{"JobLevel":0,"Big":1234567890123456789012,"Fixed":1.50,"Exp":12e3,"Neg":-0,"Small":1E-7,"s":"7"}',
      ),
    ).toEqual({
      JobLevel: '0',
      Big: '1234567890123456789012',
      Fixed: '1.50',
      Exp: '12e3',
      Neg: '-0',
      Small: '1E-7',
      s: '7',
    });
  });

  it('leaves digits inside strings alone, escapes included', () => {
    expect(value('{"a":"x\\"1\\\\","b":2,"c":"\\u0031 3"}')).toEqual({ a: 'x"1\\', b: '2', c: '1 3' });
  });

  it('makes __proto__ an own key, never a prototype', () => {
    const data = value('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"p":1}}}') as object;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['truncated', '{"EventName":"TaskFinish","JobsDetail":{', 40],
    ['trailing garbage', '{"a":"b"} x', 10],
    ['a trailing comma', '{"a":"b",}', 9],
    ['single quotes', "{'a':'b'}", 1],
  ])('refuses %s JSON, with the position when known', (_, json, position) => {
    const result = parseJson(json);
    expect(result).toMatchObject({
      _tag: 'Left',
      left: { _tag: 'MalformedJson', message: expect.any(String) },
    });
    if (result._tag === 'Left' && result.left._tag === 'MalformedJson')
      expect(result.left.position).toBe(position);
  });

  it('bounds nesting without overflowing the stack', () => {
    const deep = `{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    expect(parseJson(deep)).toEqual({
      _tag: 'Left',
      left: { _tag: 'MalformedJson', message: 'values nest deeper than 64 levels' },
    });
    expect(parseJson(`${'['.repeat(64)}${']'.repeat(64)}`)._tag).toBe('Right');
    expect(parseJson(`${'['.repeat(65)}${']'.repeat(65)}`)._tag).toBe('Left');
  });

  it('reads any JSON text like JSON.parse, except that numbers keep their source text', () => {
    const numbersAsText = (v: unknown): unknown =>
      typeof v === 'number'
        ? JSON.stringify(v)
        : Array.isArray(v)
          ? v.map(numbersAsText)
          : typeof v === 'object' && v !== null
            ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, numbersAsText(x)]))
            : v;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(undefined, 2), (v, indent) => {
        const result = parseJson(JSON.stringify(v, null, indent));
        expect(result).toEqual({ _tag: 'Right', right: numbersAsText(v) });
      }),
      { numRuns: 1000 },
    );
  });
});
