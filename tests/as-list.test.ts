import { expectTypeOf } from 'expect-type';
import { asList, decodeCallback, type UnknownJob, type UnknownNode } from '../src/index';
import { expectRight } from './helpers';

const xml = (outputs: string): string =>
  `<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><Tag>SomeNewTag</Tag>` +
  `<Operation>${outputs}</Operation></JobsDetail></Response>`;

function operationOf(body: string): UnknownJob['Operation'] {
  const callback = expectRight(decodeCallback(body));
  if (callback.EventName !== 'TaskFinish') throw new Error('expected TaskFinish');
  return (callback.JobsDetail as UnknownJob).Operation;
}

describe('asList', () => {
  it('reads an unmodelled node sent once, several times or not at all as a list', () => {
    const once = operationOf(xml('<Output><Object>a</Object></Output>'));
    const twice = operationOf(xml('<Output><Object>a</Object></Output><Output><Object>b</Object></Output>'));
    const none = operationOf(xml('<Other>x</Other>'));
    // The trap asList is for: one occurrence is the node itself, two are a list.
    expect(once?.Output).toEqual({ Object: 'a' });
    expect(twice?.Output).toEqual([{ Object: 'a' }, { Object: 'b' }]);
    expect(asList(once?.Output)).toEqual([{ Object: 'a' }]);
    expect(asList(twice?.Output)).toEqual([{ Object: 'a' }, { Object: 'b' }]);
    expect(asList(none?.Output)).toEqual([]);
  });

  it('gives back a list as it is, and wraps text', () => {
    const list = ['a', 'b'] as const;
    expect(asList(list)).toBe(list);
    expect(asList('a')).toEqual(['a']);
  });

  it('is typed by its items', () => {
    expectTypeOf(asList<UnknownNode>(undefined)).toEqualTypeOf<readonly UnknownNode[]>();
    expectTypeOf(asList({} as UnknownNode | undefined)).toEqualTypeOf<readonly UnknownNode[]>();
    expectTypeOf(asList(['a', 'b'])).toEqualTypeOf<readonly string[]>();
    expectTypeOf(asList(1)).toEqualTypeOf<readonly number[]>();
  });
});
