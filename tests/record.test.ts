import { Integer } from '../src/codecs/integer';
import { record } from '../src/codecs/record';
import { shapeOf } from '../src/codecs/shape';
import { toIssues } from '../src/codecs/report';
import { Text } from '../src/codecs/text';

const Headers = record('CosHeaders', Text);

describe('record', () => {
  it('reads a map of any names, each by the value codec, every name an own property', () => {
    const raw = JSON.parse('{"x-cos-meta-id":"7","__proto__":"p","constructor":"c"}') as unknown;
    const decoded = Headers.decode(raw);
    expect(decoded._tag).toBe('Right');
    if (decoded._tag !== 'Right') return;
    expect(Object.keys(decoded.right)).toEqual(['x-cos-meta-id', '__proto__', 'constructor']);
    expect(Object.getPrototypeOf(decoded.right)).toBe(Object.prototype);
    expect(decoded.right['__proto__']).toBe('p');
  });

  it('leaves out children that are absent, and reads a node sent empty as an empty map', () => {
    expect(Headers.decode({ a: '', b: null, c: {}, d: 'x', e: ' ' })).toEqual({
      _tag: 'Right',
      right: { d: 'x', e: ' ' },
    });
    for (const empty of ['', '\n  ', null, undefined])
      expect(Headers.decode(empty)).toEqual({ _tag: 'Right', right: {} });
  });

  it('names each child that its value codec refuses, and a node that is not an object', () => {
    const result = record('Counts', Integer).decode({ a: '1', b: 'x', c: { d: '2' } });
    expect(result._tag === 'Left' && toIssues(result.left)).toEqual([
      { path: 'b', expected: 'an integer', actual: '"x"' },
      { path: 'c', expected: 'an integer', actual: 'an object' },
    ]);
    const list = Headers.decode(['a']);
    expect(list._tag === 'Left' && toIssues(list.left)).toEqual([
      { path: '', expected: 'an object (CosHeaders)', actual: 'a list of 1 ("a")' },
    ]);
  });

  it('reports text beside the entries (the plain-data #text) as an issue at its path, never as an entry', () => {
    const result = Headers.decode({ 'x-cos-meta-a': '1', '#text': 'junk' });
    expect(result._tag === 'Left' && toIssues(result.left)).toEqual([
      { path: '#text', expected: 'no text beside the entries', actual: '"junk"' },
    ]);
    expect(Headers.decode({ 'x-cos-meta-a': '1', '#text': '' })).toEqual({
      _tag: 'Right',
      right: { 'x-cos-meta-a': '1' },
    });
    expect(Headers.is({ '#text': 'junk' })).toBe(false);
  });

  it('encodes each child by its codec, and is a kind of the codec walk', () => {
    const own = JSON.parse('{"a":"x","__proto__":"p"}') as Record<string, string>;
    const encoded = Headers.encode(own);
    expect(Object.keys(encoded)).toEqual(['a', '__proto__']);
    expect(Object.getPrototypeOf(encoded)).toBe(Object.prototype);
    expect(shapeOf(Headers)).toMatchObject({ kind: 'record', value: Text });
    expect(Headers.is({ a: 'x' })).toBe(true);
    expect(Headers.is({ a: 1 })).toBe(false);
  });
});
