import fc from 'fast-check';
import type * as t from 'io-ts';
import { validateCapped } from '../src/codecs/decode-run';
import { many, one } from '../src/codecs/many';
import { UnknownNodeCodec, UnknownNodesCodec } from '../src/codecs/unknown-node';
import { toIssues } from '../src/codecs/report';
import { struct } from '../src/codecs/struct';
import { literal, SingleText, Text } from '../src/codecs/text';
import { JobTime } from '../src/codecs/time';

const Header = struct('Header', { Key: Text }, { Value: Text });
const Node = struct(
  'Node',
  { Id: Text },
  { When: JobTime, Headers: many(Header), Child: struct('Child', {}, { A: Text }) },
);

const issues = (codec: t.Mixed, u: unknown) => {
  const result = codec.decode(u);
  if (result._tag === 'Right') throw new Error(`expected issues, got ${JSON.stringify(result.right)}`);
  return toIssues(result.left);
};

describe('Text', () => {
  it('keeps text and turns scalars into their text', () => {
    expect(Text.decode('000123')).toEqual({ _tag: 'Right', right: '000123' });
    expect(Text.decode(0)).toEqual({ _tag: 'Right', right: '0' });
    expect(Text.decode(false)).toEqual({ _tag: 'Right', right: 'false' });
    expect(Text.decode({ a: '1' })._tag).toBe('Left');
  });

  it('refuses a list, even of one text repeated, outside a run that allows repeats', () => {
    expect(Text.decode(['a', 'a'])._tag).toBe('Left');
    expect(SingleText.decode(['a', 'a'])._tag).toBe('Left');
  });

  it('reads a repeated text as that text in a run that allows it, never a list of different texts', () => {
    const run = (codec: t.Mixed, u: unknown) => validateCapped(codec, u, 100, { repeatedText: true }).result;
    expect(run(Text, ['a', 'a'])).toEqual({ _tag: 'Right', right: 'a' });
    expect(run(Header, { Key: ['k', 'k'] })).toEqual({ _tag: 'Right', right: { Key: 'k' } });
    expect(run(Text, ['a', 'b'])._tag).toBe('Left');
    expect(run(SingleText, ['a', 'a'])._tag).toBe('Left');
  });

  it('has literals for fixed values', () => {
    expect(literal('TaskFinish').decode('TaskFinish')._tag).toBe('Right');
    expect(literal('TaskFinish').decode('taskfinish')._tag).toBe('Left');
  });
});

describe('struct', () => {
  it('decodes known children, drops empty ones, and keeps unknown ones', () => {
    expect(
      Node.decode({ Id: 'x', When: '-', Child: { A: '' }, Headers: '', Extra: { Deep: ['1', 2, '', null] } }),
    ).toEqual({ _tag: 'Right', right: { Id: 'x', Extra: { Deep: ['1', '2'] } } });
  });

  it('reads a container holding only formatting as one without children', () => {
    expect(Node.decode({ Id: 'x', Child: '\n    ' })).toEqual({ _tag: 'Right', right: { Id: 'x' } });
  });

  it('reports every wrong child at its own path, the deepest one', () => {
    expect(
      issues(Node, {
        When: '2022-02-30T00:00:00+0800',
        Headers: [{ Key: 'a' }, { Value: 'v' }],
        Child: 'text',
      }),
    ).toMatchInlineSnapshot(`
      [
        {
          "actual": "nothing",
          "expected": "text",
          "path": "Id",
        },
        {
          "actual": ""2022-02-30T00:00:00+0800"",
          "expected": "a time such as 2022-06-30T18:42:20+0800",
          "path": "When",
        },
        {
          "actual": "nothing",
          "expected": "text",
          "path": "Headers[1].Key",
        },
        {
          "actual": ""text"",
          "expected": "an object (Child)",
          "path": "Child",
        },
      ]
    `);
  });

  it('treats an empty required child as missing', () => {
    expect(issues(Node, { Id: '' })).toEqual([{ path: 'Id', expected: 'text', actual: 'empty text' }]);
  });

  it('keeps __proto__ children as own data without touching any prototype', () => {
    const input = JSON.parse('{"Id":"x","__proto__":{"polluted":"yes"}}') as unknown;
    const result = Node.decode(input);
    if (result._tag === 'Left') throw new Error('expected Right');
    expect(Object.getPrototypeOf(result.right)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(result.right, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('encodes back to plain data, times as CI writes them', () => {
    const decoded = Node.decode({
      Id: 'x',
      When: '2022-06-30T18:42:20+0800',
      Headers: { Key: 'k' },
      Extra: 'e',
    });
    if (decoded._tag === 'Left') throw new Error('expected Right');
    expect(Node.encode(decoded.right)).toEqual({
      Id: 'x',
      When: '2022-06-30T18:42:20+0800',
      Headers: [{ Key: 'k' }],
      Extra: 'e',
    });
    expect(Node.is(decoded.right)).toBe(true);
  });
});

describe('many and one', () => {
  it('always give an array, from one node or several', () => {
    expect(many(Header).decode({ Key: 'a' })).toEqual({ _tag: 'Right', right: [{ Key: 'a' }] });
    expect(many(Header).decode([{ Key: 'a' }, '', { Key: 'b' }])).toEqual({
      _tag: 'Right',
      right: [{ Key: 'a' }, { Key: 'b' }],
    });
  });

  it('unwrap a one-element list and refuse several', () => {
    expect(one(Header).decode([{ Key: 'a' }])).toEqual({ _tag: 'Right', right: { Key: 'a' } });
    expect(issues(one(Header), [{ Key: 'a' }, { Key: 'b' }])).toEqual([
      { path: '', expected: 'a single Header', actual: 'a list of 2' },
    ]);
  });
});

describe('huge invalid lists', () => {
  const headers = (count: number) => ({ Id: 'x', Headers: new Array<unknown>(count).fill(0) });

  it('are reported whole by a plain io-ts decode, without spreading errors into a call', () => {
    const result = Node.decode(headers(200_000));
    expect(result._tag === 'Left' && result.left.length).toBe(200_000);
  });

  it('in a capped run: the first errors with their paths, the rest only counted', () => {
    const { result, omitted } = validateCapped(Node, { ...headers(1000), Child: 'text' }, 10);
    if (result._tag === 'Right') throw new Error('expected Left');
    expect(result.left).toHaveLength(10);
    expect(toIssues(result.left).map((issue) => issue.path)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Headers[${i}]`),
    );
    expect(omitted).toBe(991); // 990 headers and Child
  });

  it('in a capped run: a missing required child is reported before the issues inside the others, past the cap', () => {
    const { result, omitted } = validateCapped(Node, { Headers: [0, 0] }, 2);
    if (result._tag === 'Right') throw new Error('expected Left');
    expect(toIssues(result.left).map((issue) => issue.path)).toEqual(['Id', 'Headers[0]', 'Headers[1]']);
    expect(omitted).toBe(0); // the caller keeps the first 2 and counts the third
  });

  it("reports missing required children first, in the model's order, then the issues inside present ones", () => {
    const Pair = struct('Pair', { A: Text, B: Text, C: Header }, { D: Header });
    expect(issues(Pair, { D: { Value: 'v' }, B: 'b', C: {} }).map((issue) => issue.path)).toEqual([
      'A',
      'C',
      'D.Key',
    ]);
    expect(issues(Pair, { D: { Value: 'v' }, C: { Value: 'v' } }).map((issue) => issue.path)).toEqual([
      'A',
      'B',
      'D.Key',
      'C.Key',
    ]);
  });
});

describe('unknown nodes', () => {
  it('normalize like modelled ones: scalars to text, empties dropped', () => {
    expect(UnknownNodeCodec.decode({ a: [1, true, {}], b: '' })).toEqual({
      _tag: 'Right',
      right: { a: ['1', 'true'] },
    });
    expect(UnknownNodeCodec.decode(null)).toEqual({ _tag: 'Right', right: undefined });
    expect(UnknownNodesCodec.decode('')).toEqual({ _tag: 'Right', right: {} });
    expect(UnknownNodesCodec.decode('text')._tag).toBe('Left');
  });

  it('share what the rules leave alone and copy only what they change, leaving the input as it was', () => {
    const input = { a: { b: ['x', 'y'] }, c: ['1', '', 2], d: '', e: 'z' };
    const before = structuredClone(input);
    const decoded = UnknownNodeCodec.decode(input);
    expect(decoded).toEqual({ _tag: 'Right', right: { a: { b: ['x', 'y'] }, c: ['1', '2'], e: 'z' } });
    const right = (decoded as { right: Record<string, unknown> }).right;
    expect(right['a']).toBe(input.a); // nothing changed below it: shared, not copied
    expect(right['c']).not.toBe(input.c);
    expect(input).toEqual(before);
  });

  it('decode any JSON value as a full copy under the same rules would', () => {
    const reference = (u: unknown): unknown => {
      if (typeof u === 'string') return u === '' ? undefined : u;
      if (typeof u === 'number' || typeof u === 'boolean') return String(u);
      if (typeof u !== 'object' || u === null) return undefined;
      const entries = Object.entries(u)
        .map(([key, value]) => [key, reference(value)] as const)
        .filter(([, value]) => value !== undefined);
      if (entries.length === 0) return undefined;
      return Array.isArray(u) ? entries.map(([, value]) => value) : Object.fromEntries(entries);
    };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const before = structuredClone(value);
        expect(UnknownNodeCodec.decode(value)).toEqual({ _tag: 'Right', right: reference(value) });
        expect(value).toEqual(before);
      }),
    );
  });
});
