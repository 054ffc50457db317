import fc from 'fast-check';
import { parseJson } from '../src/json-adapter';

describe('a key sent twice in one object', () => {
  // JSON.parse keeps the last value: the first, which another reader of the same text would see, is lost.
  it('is refused, with the path of the key and where its second copy starts', () => {
    expect(parseJson('{"EventName":"ReviewImage","JobsDetail":{"Result":1,"Label":"Porn","Result":0}}'))
      .toMatchInlineSnapshot(`
     {
       "_tag": "Left",
       "left": {
         "_tag": "MalformedJson",
         "message": "JobsDetail.Result: key sent twice in one object (only its last value would be kept)",
         "position": 67,
       },
     }
    `);
    expect(parseJson('{"a": [{"b": "x"}, {"__proto__": "1", "c": {}, "\\u005f_proto__": "2"}]}'))
      .toMatchInlineSnapshot(`
     {
       "_tag": "Left",
       "left": {
         "_tag": "MalformedJson",
         "message": "a[1].__proto__: key sent twice in one object (only its last value would be kept)",
         "position": 47,
       },
     }
    `);
  });

  it('is refused with the same value sent twice, and allowed in two objects', () => {
    expect(parseJson('{"a":"1","a":"1"}')._tag).toBe('Left');
    expect(parseJson('{"a":{"k":"1"},"b":{"k":"1"},"k":"1"}')._tag).toBe('Right');
  });

  it('is refused where commas in strings could stand in for the comma a repeated key brings', () => {
    // `\u002c` is a comma in the value's string, not in the text.
    expect(parseJson('{"k": "\\u002c", "k": "\\u002c"}')._tag).toBe('Left');
    expect(parseJson('{"k": "1,2", "k": "3"}')._tag).toBe('Left');
    expect(parseJson('{"k": "1,2", "j": ["3,4", ","]}')).toEqual({
      _tag: 'Right',
      right: { k: '1,2', j: ['3,4', ','] },
    });
  });

  // Texts without numbers, compact or spaced, with escapes or without: a compact text without escapes is
  // checked by its length alone, a spaced one by its commas, any other by its key tokens.
  const key = fc.constantFrom('a', 'b', 'JobId', '__proto__', '0', 'a"', ':', 'x\\');
  const leaf = fc.oneof(fc.constantFrom(true, false, null), fc.string({ maxLength: 6 }));
  const tree = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('node'), { maxLength: 3 }),
      fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    ),
  })).node;

  it('is found wherever it is, and only then (property)', () => {
    fc.assert(
      fc.property(tree, fc.nat(), fc.boolean(), fc.constantFrom(0, 2), (node, pick, same, indent) => {
        const text = JSON.stringify({ root: node }, null, indent);
        expect(parseJson(text)).toEqual({ _tag: 'Right', right: { root: node } });
        // The n-th `{` (outside strings) gets a copy of its first key, or a new key sent twice.
        const opens = [...text.matchAll(/"(?:[^"\\]|\\.)*"|\{/g)].filter((m) => m[0] === '{');
        const at = (opens[pick % opens.length] as RegExpMatchArray).index as number;
        const pair = `"k":"x","k":"${same ? 'x' : 'y'}"`;
        const repeated = `${text.slice(0, at + 1)}${pair}${text[at + 1] === '}' ? '' : ','}${text.slice(at + 1)}`;
        const answer = parseJson(repeated);
        expect(answer).toMatchObject({ _tag: 'Left', left: { _tag: 'MalformedJson' } });
        expect(answer._tag === 'Left' && answer.left._tag === 'MalformedJson' && answer.left.message).toMatch(
          /key sent twice in one object/,
        );
      }),
      { numRuns: 2000 },
    );
  });
});
