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
