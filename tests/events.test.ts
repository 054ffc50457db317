import { byEvent, eventNameOf } from '../src/codecs/events';
import { ModerationCallbackCodec } from '../src/codecs/moderation/moderation-callback';
import { CallbackCodec } from '../src/codecs/callback';
import { MediaCallbackCodec } from '../src/codecs/response';
import { struct } from '../src/codecs/struct';
import { literal, Text } from '../src/codecs/text';
import { decodeCallback, decodeJobsResponse } from '../src/index';
import { expectLeft, expectRight } from './helpers';

/** A toy family: two events, an older body read as `B`, and a form of its own without EventName. */
const Toy = byEvent<unknown>('Toy', {
  events: {
    A: struct('A callback', { EventName: literal('A'), a: Text }, {}),
    B: struct('B callback', { EventName: literal('B'), b: Text }, {}),
  },
  implied: [{ event: 'B', has: ['b'] }],
  unnamed: [
    {
      form: { event: '', has: ['plain'] },
      codec: struct('plain', { plain: Text }, {}),
      expected: 'plain',
    },
  ],
});

describe('byEvent', () => {
  test('reads each listed EventName with its codec, an older body as the event it implies, and the unnamed form', () => {
    expect(Toy.decode({ EventName: 'A', a: '1' })).toEqual({
      _tag: 'Right',
      right: { EventName: 'A', a: '1' },
    });
    expect(Toy.decode({ b: '2' })).toEqual({ _tag: 'Right', right: { EventName: 'B', b: '2' } });
    expect(Toy.decode({ plain: '3' })).toEqual({ _tag: 'Right', right: { plain: '3' } });
  });

  test('a root without EventName is one whose EventName is absent by the one rule: missing, empty, null, {} or []', () => {
    for (const EventName of [undefined, '', null, {}, []]) {
      expect(Toy.decode({ EventName, b: '2' })).toEqual({ _tag: 'Right', right: { EventName: 'B', b: '2' } });
    }
    expect(Toy.decode({ EventName: ' ', b: '2' })._tag).toBe('Left'); // a name, if a wrong one
  });

  test("a form's node counts by the same rule: an absent one does not make a root that form", () => {
    for (const b of [null, '', {}, []]) {
      expect(Toy.decode({ b, plain: '3' })).toEqual({ _tag: 'Right', right: { plain: '3' } });
    }
  });

  test('tells an EventName the family does not decode from a missing or malformed one', () => {
    expect(Toy.unsupported({ EventName: 'C' })).toBe('C');
    expect(Toy.unsupported({ EventName: ' ' })).toBe(' ');
    for (const root of [
      { EventName: 'A' },
      {},
      { EventName: '' },
      { EventName: null },
      { EventName: ['C'] },
      'C',
      null,
    ])
      expect(Toy.unsupported(root)).toBeUndefined();
  });

  test('names every form it expects, and encodes with the named events and the unnamed form only', () => {
    expect(Toy.validate('x', [])).toMatchObject({
      _tag: 'Left',
      left: [{ message: 'an object with EventName A or B, or plain' }],
    });
    expect(Toy.members().map((member) => member.name)).toEqual(['A callback', 'B callback', 'plain']);
  });

  test('makes one family of several tables, read in order: events, older bodies first, then unnamed forms', () => {
    const A = struct('A callback', { EventName: literal('A'), a: Text }, {});
    const bare = struct('bare c', { c: Text }, {});
    const Both = byEvent<unknown>(
      'Both',
      { events: { A }, implied: [{ event: 'A', has: ['c'] }] },
      {
        events: { C: struct('C callback', { EventName: literal('C'), c: Text }, {}) },
        unnamed: [{ form: { event: '', has: ['c'] }, codec: bare, expected: 'bare c' }],
      },
    );
    expect(Both.eventNames).toEqual(['A', 'C']);
    expect(Both.unsupported({ EventName: 'B' })).toBe('B');
    expect(Both.unsupported({ EventName: 'C' })).toBeUndefined();
    // `c` is the node an older A body has, and the unnamed form's too: the older body comes first.
    expect(Both.decode({ c: '1', a: '2' })).toEqual({
      _tag: 'Right',
      right: { EventName: 'A', c: '1', a: '2' },
    });
    expect(Both.validate('x', [])).toMatchObject({
      _tag: 'Left',
      left: [{ message: 'an object with EventName A or C, or bare c' }],
    });
    expect(Both.members()).toEqual([A, expect.anything(), bare]);
  });

  test('the media and moderation families are tables of it, and decodeCallback reads both', () => {
    expect(MediaCallbackCodec.members().map((member) => member.name)).toEqual([
      'TaskFinish Response',
      'WorkflowFinish Response',
    ]);
    expect(MediaCallbackCodec.eventNames).toEqual(['TaskFinish', 'WorkflowFinish']);
    expect(ModerationCallbackCodec.unsupported({ EventName: 'TaskFinish' })).toBe('TaskFinish');
    expect(MediaCallbackCodec.unsupported({ EventName: 'ReviewImage' })).toBe('ReviewImage');
    // The other family's forms without EventName, named by the event they are read as ('' for none).
    const legacy = { WorkflowExecution: { RunId: 'r' } };
    const simple = { code: '0', data: { trace_id: 't' } };
    expect(ModerationCallbackCodec.unsupported(legacy)).toBe('WorkflowFinish');
    expect(MediaCallbackCodec.unsupported(simple)).toBe('');
    expect(ModerationCallbackCodec.unsupported({ ...simple, ...legacy })).toBe('WorkflowFinish');
    for (const root of [legacy, simple, { ...simple, ...legacy }])
      expect(CallbackCodec.unsupported(root)).toBeUndefined();
    expect(MediaCallbackCodec.unsupported(legacy)).toBeUndefined();
    expect(ModerationCallbackCodec.unsupported(simple)).toBeUndefined();
    expect(ModerationCallbackCodec.unsupported({ ...simple, WorkflowExecution: null })).toBeUndefined();
    expect(MediaCallbackCodec.unsupported({ code: null, data: '' })).toBeUndefined();
    expect(CallbackCodec.eventNames).toEqual([
      'TaskFinish',
      'WorkflowFinish',
      'ReviewImage',
      'ReviewVideo',
      'ReviewAudio',
      'ReviewText',
      'ReviewDocument',
      'ReviewHtml',
    ]);
    expect(
      CallbackCodec.members()
        .map((member) => member.name)
        .at(-1),
    ).toBe('Simple callback');
  });
});

test('eventNameOf reads the node as sent, from an object root only', () => {
  expect(eventNameOf({ EventName: 'TaskFinish' })).toBe('TaskFinish');
  expect(eventNameOf({ EventName: ['x'] })).toEqual(['x']);
  expect(eventNameOf('TaskFinish')).toBeUndefined();
  expect(eventNameOf([{ EventName: 'TaskFinish' }])).toBeUndefined();
});

test('the decoders apply the one EventName rule: unsupported names, the older workflow body, the job API', () => {
  expect(expectLeft(decodeCallback('{"EventName":"TaskStart"}'))).toEqual({
    _tag: 'UnsupportedEvent',
    eventName: 'TaskStart',
    expected: CallbackCodec.eventNames,
  });
  expect(expectRight(decodeCallback('{"EventName":null,"WorkflowExecution":{"RunId":"i1"}}'))).toEqual({
    EventName: 'WorkflowFinish',
    WorkflowExecution: { RunId: 'i1' },
  });
  expect(expectLeft(decodeJobsResponse('{"EventName":"TaskFinish","JobsDetail":[]}'))).toMatchObject({
    issues: [{ path: 'EventName' }],
  });
  expect(expectRight(decodeJobsResponse('{"EventName":null,"JobsDetail":[]}'))).toEqual({ JobsDetail: [] });
});
