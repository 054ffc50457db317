import fc from 'fast-check';
import { parseJson } from '../src/json-adapter';
import { listFiles, readText, SAMPLES_DIR, TENCENT_SAMPLES_DIR } from './helpers';
import { parseJsonPlain, REPEATED_KEY } from './json-plain-oracle';

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

describe('fast path', () => {
  /** Numbers as senders write them: JSON.parse would round or reformat most of these. */
  const numberText = fc.oneof(
    fc.constantFrom(
      '0',
      '-0',
      '1.50',
      '1e400',
      '-1E-7',
      '1234567890123456789012',
      '0.1e+2',
      '12e3',
      '-12.5e-0',
    ),
    fc.integer().map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  );
  const stringText = fc.oneof(
    fc.string().map((s) => JSON.stringify(s)),
    fc.constantFrom(
      '"a\\"1"',
      '"\\\\"',
      '"\\\\\\"2, 3\\""',
      '"[1, 2]"',
      '"x: 1"',
      '"\\u0022:5"',
      '"18:42:20"',
      '""',
    ),
  );
  const space = fc.constantFrom('', ' ', '\n    ', '\t', '\r\n');
  const keyText = fc.constantFrom('"__proto__"', '"a"', '"b"', '"0"', '"7"', '"10"', '"1a"');
  const { value } = fc.letrec<{ value: string }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      numberText,
      stringText,
      fc.constantFrom('true', 'false', 'null'),
      fc
        .tuple(fc.array(tie('value'), { maxLength: 4 }), space)
        .map(([items, s]) => `[${s}${items.join(`,${s}`)}${s}]`),
      fc
        .tuple(
          // A small pool of keys, so that keys repeat and integer-like keys sit among others: both reorder
          // or drop values, which the in-place number restoration must notice.
          fc.array(fc.tuple(fc.oneof(stringText, keyText), tie('value')), {
            maxLength: 4,
          }),
          space,
        )
        .map(([members, s]) => `{${s}${members.map(([k, v]) => `${k}${s}:${s}${v}`).join(`,${s}`)}${s}}`),
    ),
  }));
  const deep = fc
    .tuple(fc.integer({ min: 60, max: 70 }), fc.constantFrom('[', '{"a":'), numberText)
    .map(([depth, open, leaf]) => open.repeat(depth) + leaf + (open === '[' ? ']' : '}').repeat(depth));
  const damaged = fc
    .tuple(value, fc.nat(), fc.nat({ max: 3 }), fc.constantFrom('', '"', '\\', ',', '1', '}', ']', '-'))
    .map(([text, at, cut, insert]) => {
      const i = text.length === 0 ? 0 : at % text.length;
      return text.slice(0, i) + insert + text.slice(i + cut);
    });

  test('answers exactly what the plain adapter answers', () => {
    fc.assert(
      fc.property(fc.oneof(value, deep, damaged), (text) => {
        const answer = parseJson(text);
        // The adapter names the repeated key's path; the oracle only where it starts.
        const kind =
          answer._tag === 'Left' &&
          answer.left._tag === 'MalformedJson' &&
          /key sent twice/.test(answer.left.message)
            ? { ...answer, left: { ...answer.left, message: REPEATED_KEY } }
            : answer;
        expect(kind).toEqual(parseJsonPlain(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('keeps every number as its source text, next to strings full of quotes, digits and backslashes', () => {
    const text =
      '{"a": [1.50, -0, 1e400], "b\\"": "x\\\\", "c": {"d": 1234567890123456789012, "e": "18:42, [3"}}';
    expect(parseJson(text)).toEqual({
      _tag: 'Right',
      right: { a: ['1.50', '-0', '1e400'], 'b"': 'x\\', c: { d: '1234567890123456789012', e: '18:42, [3' } },
    });
    expect(parseJson(text)).toEqual(parseJsonPlain(text));
  });

  test('keeps each number with its own key where the text and the parsed value disagree on order', () => {
    // Integer-like keys come first in a parsed object.
    expect(parseJson('{"b": 1.50, "10": 1.5, "a": 2.0, "7": [1e1, 10]}')).toEqual({
      _tag: 'Right',
      right: { 7: ['1e1', '10'], 10: '1.5', b: '1.50', a: '2.0' },
    });
    expect(parseJson('{"b": 1.0, "0": 1}')).toEqual({ _tag: 'Right', right: { 0: '1', b: '1.0' } });
  });

  const samples = [
    ...listFiles(SAMPLES_DIR, '.json').map((name) => readText(SAMPLES_DIR, name)),
    ...listFiles(TENCENT_SAMPLES_DIR, '.json').map((name) => readText(TENCENT_SAMPLES_DIR, name)),
  ];
  test.each(samples.map((body, i) => [i, body]))('sample %i decodes as before', (_, body) => {
    expect(parseJson(body)).toEqual(parseJsonPlain(body));
  });
});
