import { expectTypeOf } from 'expect-type';
import * as fc from 'fast-check';
import {
  decodeCallback,
  encodeCallback,
  KNOWN_TAGS,
  type CallbackResponse,
  type TaskFinishResponse,
} from '../src/index';
import {
  arbitraryCallback,
  arbitraryTaskFinish,
  arbitraryWorkflowFinish,
  knownTags,
  type KnownTag,
} from '../src/testing';
import { app } from '../examples/hono';

describe('cos-ci-callback/testing', () => {
  test('arbitraries are typed by what they generate', () => {
    expectTypeOf(arbitraryCallback()).toEqualTypeOf<fc.Arbitrary<CallbackResponse>>();
    expectTypeOf(arbitraryTaskFinish()).toEqualTypeOf<fc.Arbitrary<TaskFinishResponse>>();
    expectTypeOf(arbitraryTaskFinish('SomeFutureTag')).toEqualTypeOf<fc.Arbitrary<TaskFinishResponse>>();
    type Generated =
      ReturnType<typeof arbitraryTaskFinish<'ExtractDigitalWatermark'>> extends fc.Arbitrary<infer X>
        ? X
        : never;
    expectTypeOf<Generated['JobsDetail']['Tag']>().toEqualTypeOf<'ExtractDigitalWatermark'>();
    expectTypeOf<
      NonNullable<NonNullable<Generated['JobsDetail']['Operation']>['ExtractDigitalWatermark']>['Message']
    >().toEqualTypeOf<string | undefined>();
    expectTypeOf<'ExtractDigitalWatermark'>().toMatchTypeOf<KnownTag>();
    expectTypeOf(arbitraryWorkflowFinish()).toMatchTypeOf<fc.Arbitrary<CallbackResponse>>();
  });

  test.each(knownTags())('arbitraryTaskFinish(%s) generates jobs of that Tag that decode back', (tag) => {
    fc.assert(
      fc.property(arbitraryTaskFinish(tag), (x) => {
        expect(x.JobsDetail.Tag).toBe(tag);
        expect(decodeCallback(encodeCallback(x, 'xml'))).toEqual({ _tag: 'Right', right: x });
      }),
      { numRuns: 50 },
    );
  });

  test('arbitraryTaskFinish with a Tag the library does not model gives unknown-Tag jobs of that Tag', () => {
    fc.assert(
      fc.property(arbitraryTaskFinish('SomeFutureTag'), (x) => {
        expect(x.JobsDetail.Tag).toBe('SomeFutureTag');
        expect(decodeCallback(encodeCallback(x, 'json'))).toEqual({ _tag: 'Right', right: x });
      }),
      { numRuns: 50 },
    );
    expect(() => arbitraryTaskFinish('')).toThrow(/cannot be empty/);
  });

  test('arbitraryWorkflowFinish generates workflow callbacks only', () => {
    const events = fc.sample(arbitraryWorkflowFinish(), { numRuns: 100, seed: 1 }).map((x) => x.EventName);
    expect(new Set(events)).toEqual(new Set(['WorkflowFinish']));
  });

  test('unknownDepth goes up to 16, where values still decode, and no further', () => {
    fc.assert(
      fc.property(arbitraryCallback({ unknownDepth: 16, format: 'json' }), (x) => {
        expect(decodeCallback(encodeCallback(x, 'json'))).toEqual({ _tag: 'Right', right: x });
      }),
      { numRuns: 30 },
    );
    for (const unknownDepth of [17, -1, 1.5, 100_000])
      expect(() => arbitraryCallback({ unknownDepth })).toThrow(
        /unknownDepth must be an integer from 0 to 16/,
      );
  });

  test("knownTags lists the modelled Tags: the main entry's KNOWN_TAGS", () => {
    expect(knownTags()).toBe(KNOWN_TAGS);
    expect(knownTags()).toContain('ExtractDigitalWatermark');
    expect(new Set(knownTags()).size).toBe(knownTags().length);
  });

  test("the README's property holds for examples/hono.ts: 200 for every callback, XML and JSON", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryCallback(), fc.constantFrom('xml', 'json'), async (callback, format) => {
        const body = encodeCallback(callback, format);
        const res = await app.request('/cos-callback', { method: 'POST', body });
        expect(res.status).toBe(200);
      }),
    );
  });
});
