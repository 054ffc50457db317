import fc from 'fast-check';
import { parseJson } from '../src/json-adapter';
import { listFiles, readText, SAMPLES_DIR, TENCENT_SAMPLES_DIR } from './helpers';
import { parseJsonPlain } from './json-plain-oracle';

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
          fc.array(fc.tuple(fc.oneof(stringText, fc.constant('"__proto__"')), tie('value')), {
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
        expect(parseJson(text)).toEqual(parseJsonPlain(text));
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

  const samples = [
    ...listFiles(SAMPLES_DIR, '.json').map((name) => readText(SAMPLES_DIR, name)),
    ...listFiles(TENCENT_SAMPLES_DIR, '.json').map((name) => readText(TENCENT_SAMPLES_DIR, name)),
  ];
  test.each(samples.map((body, i) => [i, body]))('sample %i decodes as before', (_, body) => {
    expect(parseJson(body)).toEqual(parseJsonPlain(body));
  });
});
