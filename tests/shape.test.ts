import type * as t from 'io-ts';
import { JobsDetailCodec } from '../src/codecs/jobs-detail';
import { many, one } from '../src/codecs/many';
import { CallbackCodec } from '../src/codecs/callback';
import { childOf, shapeFor, shapeOf } from '../src/codecs/shape';
import { struct } from '../src/codecs/struct';
import { Text } from '../src/codecs/text';
import { UnknownNodeCodec } from '../src/codecs/unknown-node';

describe('the codec walk', () => {
  test('shapeFor goes through one and dispatch to the codec that reads the value', () => {
    const job = shapeFor(one(JobsDetailCodec), { Tag: 'Transcode' });
    expect(job?.kind === 'struct' && job.name).toBe('Transcode JobsDetail');
    const unknownTag = shapeFor(JobsDetailCodec, { Tag: 'SomeNewTag' });
    expect(unknownTag?.kind === 'struct' && unknownTag.name).toBe('unknown Tag JobsDetail');
    const response = shapeFor(CallbackCodec, { EventName: 'WorkflowFinish' });
    expect(response?.kind === 'struct' && response.name).toBe('WorkflowFinish Response');
  });

  test('shapeFor is undefined where nothing models the node', () => {
    expect(shapeFor(undefined, 'x')).toBeUndefined();
    expect(shapeFor(CallbackCodec, { EventName: 'TaskStart' })).toBeUndefined();
    expect(shapeFor(UnknownNodeCodec, { a: 'x' })).toEqual({ kind: 'unknown' });
  });

  test('childOf is a struct field, and undefined for an unmodelled child or another kind', () => {
    const node = struct('Node', { A: Text }, { B: many(Text) });
    const shape = shapeOf(node);
    expect(shape?.kind).toBe('struct');
    if (shape?.kind !== 'struct') return;
    expect(childOf(shape, 'A')).toBe(Text);
    expect(shapeOf(childOf(shape, 'B') as never)?.kind).toBe('many');
    expect(childOf(shape, 'C')).toBeUndefined();
    expect(childOf(shape, '__proto__')).toBeUndefined();
    expect(childOf(shapeFor(many(node), []), 'A')).toBeUndefined();
  });
});

test('every codec reachable from the decoders has a shape, so the encoder and the arbitraries walk all of it', () => {
  const seen = new Set<t.Mixed>();
  const kinds = new Set<string>();
  const shapeless: string[] = [];
  const visit = (codec: t.Mixed, path: string): void => {
    if (seen.has(codec)) return;
    seen.add(codec);
    const shape = shapeOf(codec);
    if (shape === undefined) {
      shapeless.push(`${path} (${codec.name})`);
      return;
    }
    kinds.add(shape.kind);
    switch (shape.kind) {
      case 'struct':
        for (const [key, child] of [...Object.entries(shape.required), ...Object.entries(shape.optional)])
          visit(child as t.Mixed, `${path}.${key}`);
        break;
      case 'many':
      case 'one':
        visit(shape.item, `${path}[]`);
        break;
      case 'record':
        visit(shape.value, `${path}.*`);
        break;
      case 'dispatch':
        shape.members().forEach((member, index) => visit(member, `${path}<${index}>`));
        break;
      default:
    }
  };
  visit(CallbackCodec, 'Response');
  expect(shapeless).toEqual([]);
  expect([...kinds].sort()).toEqual(
    ['dispatch', 'integer', 'literal', 'many', 'one', 'record', 'struct', 'text', 'time', 'unknown'].sort(),
  );
});
